"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";

/** The message of a failed sign-in: the app's error shape (429) or better-auth's {message}. */
function messageOf(status: number, body: unknown, t: (key: "wrongPassword" | "signInFailed") => string): string {
  const b = body as { error?: { message?: string }; message?: string } | null;
  if (b?.error?.message) return b.error.message;
  if (status === 401) return t("wrongPassword");
  // better-auth's own messages are English: the app's wording in the reader's language instead
  return t("signInFailed");
}

/** Only a path on this site is followed after sign-in (no open redirect). */
function safeNext(next: string | undefined): string {
  return next && next.startsWith("/") && !next.startsWith("//") ? next : "/";
}

export function LoginForm({ next, oidc }: { next?: string; oidc: { id: string; name: string } | null }) {
  const t = useTranslations("auth");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function signIn(form: FormData) {
    setBusy(true);
    setError(null);
    const res = await fetch("/api/auth/sign-in/email", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: String(form.get("email") ?? ""), password: String(form.get("password") ?? "") }),
    });
    if (res.ok) return window.location.assign(safeNext(next));
    setError(messageOf(res.status, await res.json().catch(() => null), (k) => (k === "wrongPassword" ? t("wrongPassword") : t("signInFailed"))));
    setBusy(false);
  }

  async function corporate(providerId: string) {
    const res = await fetch("/api/auth/sign-in/oauth2", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ providerId, callbackURL: safeNext(next) }),
    });
    const body = (await res.json().catch(() => null)) as { url?: string } | null;
    if (res.ok && body?.url) window.location.assign(body.url);
    else setError(t("corporateUnreachable"));
  }

  return (
    // onSubmit rather than a form action: React resets a form after its action, which would clear
    // the email the visitor typed when the password was wrong
    <form
      className="auth-card"
      onSubmit={(e) => {
        e.preventDefault();
        void signIn(new FormData(e.currentTarget));
      }}
    >
      <h1>{t("signInTitle")}</h1>
      <label>
        {t("email")}
        <input name="email" type="email" autoComplete="username" required />
      </label>
      <label>
        {t("password")}
        <input name="password" type="password" autoComplete="current-password" required />
      </label>
      {error && <p className="field-error" role="alert">{error}</p>}
      <button type="submit" disabled={busy}>{busy ? t("signingIn") : t("signIn")}</button>
      {oidc && (
        <button type="button" className="secondary" onClick={() => corporate(oidc.id)}>
          {t("signInWith", { provider: oidc.name })}
        </button>
      )}
    </form>
  );
}
