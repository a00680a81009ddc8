import { getTranslations } from "next-intl/server";
import { titled } from "@/app/_lib/page-title";
import { LoginForm } from "@/components/auth/login-form";
import { oidcProvider } from "@/app/_lib/auth/instance";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("auth");
  return titled(t("signInTitle"));
}

// Open to signed-out visitors (proxy.ts sends everyone else here); a signed-in visitor is sent on to "/".
export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string; setup?: string }> }) {
  const { next, setup } = await searchParams;
  const t = await getTranslations("auth");
  return (
    <>
      {setup === "done" && <p className="note">{t("setupDone")}</p>}
      <LoginForm next={next} oidc={oidcProvider()} />
    </>
  );
}
