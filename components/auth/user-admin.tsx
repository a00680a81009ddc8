"use client";
import { useRouter } from "next/navigation";
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
          <tr><th>Email</th><th>Role</th><th>Status</th><th className="num">API tokens</th><th>Since</th><th /></tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.userId} data-user={u.email}>
              <td>{u.email}</td>
              <td>
                <select
                  aria-label={`Role of ${u.email}`}
                  value={u.role}
                  disabled={pending || u.userId === selfId}
                  onChange={(e) => {
                    const role = e.target.value;
                    run(() => actions.setRole(u.userId, role), () => `${u.email} is now ${role}.`);
                  }}
                >
                  {ROLE_NAMES.map((r) => <option key={r} value={r}>{r}</option>)}
                </select>
              </td>
              <td>{u.disabled ? "disabled" : "active"}</td>
              <td className="num">{u.activeTokens}</td>
              <td>{u.createdAt}</td>
              <td>
                {u.userId !== selfId && (
                  <button
                    type="button"
                    className={u.disabled ? "secondary" : "danger"}
                    disabled={pending}
                    onClick={() => run(() => actions.setDisabled(u.userId, !u.disabled), () => `${u.email} is ${u.disabled ? "enabled" : "disabled"}.`)}
                  >
                    {u.disabled ? `Enable ${u.email}` : `Disable ${u.email}`}
                  </button>
                )}{" "}
                {u.activeTokens > 0 && (
                  <button type="button" className="secondary" disabled={pending} onClick={() => run(() => actions.revokeTokens(u.userId), (n) => `Revoked ${n} token(s) of ${u.email}.`)}>
                    Revoke tokens of {u.email}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Add a user</h2>
      <form
        className="inline"
        action={(form) =>
          run(
            () => actions.addUser({ email: String(form.get("email") ?? ""), password: String(form.get("password") ?? ""), role: String(form.get("role") ?? "viewer") }),
            () => `Added ${String(form.get("email"))}.`,
          )
        }
      >
        <label>Email <input name="email" type="email" required /></label>
        <label>Password <input name="password" type="password" minLength={8} required /></label>
        <label>
          Role{" "}
          <select name="role" defaultValue="viewer">
            {ROLE_NAMES.map((r) => <option key={r} value={r}>{r}</option>)}
          </select>
        </label>
        <button type="submit" disabled={pending}>Add user</button>
      </form>
    </>
  );
}
