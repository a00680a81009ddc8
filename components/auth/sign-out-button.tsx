"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";

/** Ends the session (better-auth's sign-out endpoint) and goes to /login. */
export function SignOutButton() {
  const t = useTranslations("auth");
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      className="secondary"
      disabled={busy}
      onClick={async () => {
        setBusy(true);
        await fetch("/api/auth/sign-out", { method: "POST", headers: { "content-type": "application/json" }, body: "{}" }).catch(() => undefined);
        // a full load, so no page of the signed-in user stays in the client router cache
        window.location.replace("/login");
      }}
    >
      {t("signOut")}
    </button>
  );
}
