"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { ActionResult } from "@/lib/errors";

export type SetupAction = (previous: ActionResult<null> | null, form: FormData) => Promise<ActionResult<null>>;

/** The first administrator's email and password; the action signs nobody in: /login follows. */
export function SetupForm({ action }: { action: SetupAction }) {
  const t = useTranslations("auth");
  const [state, submit, pending] = useActionState(action, null);
  const fields = state && !state.ok ? state.error.fields : {};
  return (
    <form className="auth-card" action={submit}>
      <h1>{t("setupTitle")}</h1>
      <p className="muted">{t("setupIntro")}</p>
      <label>
        {t("email")}
        <input name="email" type="email" autoComplete="username" required />
      </label>
      {fields.email && <p className="field-error">{fields.email[0]}</p>}
      <label>
        {t("password")}
        <input name="password" type="password" autoComplete="new-password" minLength={8} required />
      </label>
      {fields.password && <p className="field-error">{fields.password[0]}</p>}
      {state && !state.ok && !fields.email && !fields.password && <p className="field-error" role="alert">{state.error.message}</p>}
      <button type="submit" disabled={pending}>{pending ? t("creating") : t("createAdmin")}</button>
    </form>
  );
}
