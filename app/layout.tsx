import type { Metadata, Viewport } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { MainNav } from "@/components/ui/main-nav";
import { LanguageSwitcher } from "@/components/ui/language-switcher";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { can } from "@/lib/auth/permissions";
import { pageContext } from "./_lib/request-context";
import { chooseLanguage } from "./_lib/language-action";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  return { title: t("appTitle"), description: t("appDescription") };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#12324f" };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // proxy.ts has already sent signed-out visitors to /login; only /login and /setup render without a user
  const ctx = await pageContext();
  const locale = await getLocale();
  const t = await getTranslations("common");
  const tRole = await getTranslations("auth");
  return (
    <html lang={locale}>
      <body data-role={ctx?.role ?? "none"} data-can-edit={ctx ? String(can(ctx.role, "edit")) : "false"}>
        {/* the client components get the request's language and whole catalogue (next-intl 4 passes them on) */}
        <NextIntlClientProvider>
          <header className="app-nav">
            <span className="app-title">{t("appTitle")}</span>
            {ctx && <MainNav showUsers={can(ctx.role, "manage_users")} />}
            <div className="app-user">
              {ctx && (
                <span data-testid="signed-in-as">
                  {ctx.actor} <span className="muted">({tRole(`role.${ctx.role}`)})</span>
                </span>
              )}
              <LanguageSwitcher choose={chooseLanguage} />
              {ctx && <SignOutButton />}
            </div>
          </header>
          <main>{children}</main>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
