import type { Metadata } from "next";
import Link from "next/link";
import "./globals.css";

export const metadata: Metadata = {
  title: "KZ Network Planner",
  description: "Dealer and after-sales network planner for Chinese automakers in Kazakhstan",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>
        <header className="app-nav">
          <span className="app-title">KZ Network Planner</span>
          <nav aria-label="Main">
            <Link href="/map">Map</Link>
            <Link href="/">Network</Link>
            <Link href="/dealerships">Dealerships</Link>
            <Link href="/vehicle-park">Vehicle park</Link>
            <Link href="/reports/coverage">Coverage report</Link>
            <Link href="/scenarios">Scenarios</Link>
          </nav>
        </header>
        <main>{children}</main>
      </body>
    </html>
  );
}
