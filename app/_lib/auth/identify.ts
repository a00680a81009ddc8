import "server-only";
import { getDb } from "@/db/client";
import { findUserById, identityByToken } from "@/db/queries/users";
import { parseRole } from "@/lib/auth/permissions";
import type { CallerIdentity } from "@/lib/request-context";
import { getAuth } from "./instance";

type HeaderSource = { get(name: string): string | null };

/** The token of an `Authorization: Bearer <token>` header, or null. */
export function bearerToken(headers: HeaderSource): string | null {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(headers.get("authorization") ?? "");
  return m ? m[1] : null;
}

/** Whether the request carries any credentials at all (the proxy's cheap first check). */
export function hasCredentials(headers: HeaderSource): boolean {
  return bearerToken(headers) !== null || /(^|;\s*)(__Secure-)?better-auth\.session_token=/.test(headers.get("cookie") ?? "");
}

/**
 * Who is asking, verified: an unrevoked API token of an enabled user, or a live session in the
 * database. The user row is read on every request, so disabling an account or changing a role
 * takes effect on the next request. Null when there are no valid credentials.
 */
export async function identify(headers: HeaderSource, options: { refresh?: boolean } = {}): Promise<CallerIdentity | null> {
  const token = bearerToken(headers);
  if (token) return identityByToken(getDb(), token);
  if (!hasCredentials(headers)) return null;
  const session = await getAuth().api.getSession({
    headers: new Headers(Array.from(headerEntries(headers))),
    // the proxy cannot set cookies on the way through, so only the app's own handlers extend sessions
    query: { disableRefresh: options.refresh === false },
  });
  if (!session) return null;
  const user = findUserById(getDb(), session.user.id);
  const role = parseRole(user?.role);
  if (!user || user.disabled || !role) return null;
  return { userId: user.id, email: user.email, role, locale: user.locale };
}

function* headerEntries(headers: HeaderSource): Iterable<[string, string]> {
  for (const name of ["cookie", "authorization", "user-agent", "x-forwarded-for", "host", "origin"]) {
    const v = headers.get(name);
    if (v !== null) yield [name, v];
  }
}
