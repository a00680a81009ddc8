import type { Metadata, Viewport } from "next";
import { MainNav } from "@/components/ui/main-nav";
import "./globals.css";

export const metadata: Metadata = {
  title: "KZ Network Planner",
  description: "Dealer and after-sales network planner for Chinese automakers in Kazakhstan",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#12324f" };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>
        <header className="app-nav">
          <span className="app-title">KZ Network Planner</span>
          <MainNav />
        </header>
        <main>{children}</main>
      </body>
    </html>
  );
}
