"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { firstMessage, type ActionResult } from "@/lib/errors";

const ROLE_NAMES = ["viewer", "planner", "admin"] as const;

export interface UserRow {
  userId: string;
  email: string;
  role: string;
  disabled: boolean;
  activeTokens: number;
  createdAt: string;
}

export interface UserAdminActions {
  addUser: (input: { email: string; password: string; role: string }) => Promise<ActionResult<null>>;
  setRole: (id: string, role: string) => Promise<ActionResult<null>>;
  setDisabled: (id: string, disabled: boolean) => Promise<ActionResult<null>>;
  revokeTokens: (id: string) => Promise<ActionResult<number>>;
}

/** The admin's user list: role, enable/disable, revoke tokens, add a user. */
export function UserAdmin({ users, selfId, actions }: { users: UserRow[]; selfId: string; actions: UserAdminActions }) {
  const t = useTranslations("admin");
  const tRole = useTranslations("auth");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);

  function run<T>(work: () => Promise<ActionResult<T>>, done: (data: T) => string) {
    startTransition(async () => {
      const result = await work();
      setMessage(result.ok ? done(result.data) : firstMessage(result.error));
      if (result.ok) router.refresh();
    });
  }

  return (
    <>
      {message && <p className="note" role="status">{message}</p>}
      <table>
        <thead>
          <tr><th>{t("email")}</th><th>{t("role")}</th><th>{t("status")}</th><th className="num">{t("apiTokens")}</th><th>{t("since")}</th><th /></tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.userId} data-user={u.email}>
              <td>{u.email}</td>
              <td>
                <select
                  aria-label={t("roleOf", { email: u.email })}
                  value={u.role}
                  disabled={pending || u.userId === selfId}
                  onChange={(e) => {
                    const role = e.target.value;
                    run(() => actions.setRole(u.userId, role), () => t("roleChanged", { email: u.email, role: tRole(`role.${role}`) }));
                  }}
                >
                  {ROLE_NAMES.map((r) => <option key={r} value={r}>{tRole(`role.${r}`)}</option>)}
                </select>
              </td>
              <td>{u.disabled ? t("disabled") : t("active")}</td>
              <td className="num">{u.activeTokens}</td>
              <td>{u.createdAt}</td>
              <td>
                {u.userId !== selfId && (
                  <button
                    type="button"
                    className={u.disabled ? "secondary" : "danger"}
                    disabled={pending}
                    onClick={() => run(() => actions.setDisabled(u.userId, !u.disabled), () => (u.disabled ? t("enabledDone", { email: u.email }) : t("disabledDone", { email: u.email })))}
                  >
                    {u.disabled ? t("enable", { email: u.email }) : t("disable", { email: u.email })}
                  </button>
                )}{" "}
                {u.activeTokens > 0 && (
                  <button type="button" className="secondary" disabled={pending} onClick={() => run(() => actions.revokeTokens(u.userId), (n) => t("revoked", { count: n, email: u.email }))}>
                    {t("revokeTokens", { email: u.email })}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t("addUserTitle")}</h2>
      <form
        className="inline"
        action={(form) =>
          run(
            () => actions.addUser({ email: String(form.get("email") ?? ""), password: String(form.get("password") ?? ""), role: String(form.get("role") ?? "viewer") }),
            () => t("added", { email: String(form.get("email")) }),
          )
        }
      >
        <label>{t("email")} <input name="email" type="email" required /></label>
        <label>{t("password")} <input name="password" type="password" minLength={8} required /></label>
        <label>
          {t("role")}{" "}
          <select name="role" defaultValue="viewer">
            {ROLE_NAMES.map((r) => <option key={r} value={r}>{tRole(`role.${r}`)}</option>)}
          </select>
        </label>
        <button type="submit" disabled={pending}>{t("addUser")}</button>
      </form>
    </>
  );
}
