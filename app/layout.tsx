import type { Metadata, Viewport } from "next";
import { MainNav } from "@/components/ui/main-nav";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { can } from "@/lib/auth/permissions";
import { pageContext } from "./_lib/request-context";
import "./globals.css";

export const metadata: Metadata = {
  title: "KZ Network Planner",
  description: "Dealer and after-sales network planner for Chinese automakers in Kazakhstan",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#12324f" };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // proxy.ts has already sent signed-out visitors to /login; only /login and /setup render without a user
  const ctx = await pageContext();
  return (
    <html lang="en">
      <body data-role={ctx?.role ?? "none"} data-can-edit={ctx ? String(can(ctx.role, "edit")) : "false"}>
        <header className="app-nav">
          <span className="app-title">KZ Network Planner</span>
          {ctx && <MainNav showUsers={can(ctx.role, "manage_users")} />}
          {ctx && (
            <div className="app-user" data-testid="signed-in-as">
              <span>
                {ctx.actor} <span className="muted">({ctx.role})</span>
              </span>
              <SignOutButton />
            </div>
          )}
        </header>
        <main>{children}</main>
      </body>
    </html>
  );
}
