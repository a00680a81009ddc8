import { AppError } from "./errors";
import { localeFromHeaders, type Locale } from "./i18n/locales";

/** What a caller may do, weakest first. */
export const ROLES = ["viewer", "planner", "admin"] as const;
export type Role = (typeof ROLES)[number];

/**
 * Who is asking, built once at the boundary (route handler or server action) from the verified
 * session or API token, and passed into every write. `actor` is the user's email (what the audit
 * log shows), `userId` their id. A signed-out context (signedIn false, role viewer) only exists
 * for the public endpoints; rate limits then key on the client's address instead of the actor.
 */
export interface RequestContext {
  actor: string;
  /** the signed-in user's id; absent for the system and for signed-out callers */
  userId?: string;
  role: Role;
  locale: Locale;
  signedIn: boolean;
  /** the client's address as the server saw it (X-Forwarded-For), "unknown" when absent */
  address: string;
}

/** The context of work the server starts itself (seed, scripts, tests). */
export function systemContext(actor = "system"): RequestContext {
  return { actor, role: "admin", locale: "en", signedIn: true, address: "local" };
}

/** Throws 403 forbidden unless the caller's role is at least `role`. Every write path calls it. */
export function requireRole(ctx: RequestContext, role: Role): void {
  if (ROLES.indexOf(ctx.role) < ROLES.indexOf(role)) throw new AppError("forbidden", { key: "forbidden.role", params: { role } });
}

/** The key rate limits and the solver queue count a caller under: the actor, or the address when signed out. */
export function callerKey(ctx: RequestContext): string {
  return ctx.signedIn ? `actor:${ctx.actor}` : `addr:${ctx.address}`;
}

export { localeFromHeaders };

/** A verified caller: who the session cookie or API token belongs to. */
export interface CallerIdentity {
  userId: string;
  email: string;
  role: Role;
  /** the language saved on the user's profile, when they chose one */
  locale?: string | null;
}

/** The client's address as the server saw it (X-Forwarded-For first hop), "unknown" when absent. */
export function clientAddress(headers: { get(name: string): string | null }): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip") || "unknown";
}

/**
 * A request's context from its headers and the verified identity (the same for route handlers and
 * server actions). Without an identity the caller is a signed-out viewer.
 */
export function contextFromHeaders(headers: { get(name: string): string | null }, identity: CallerIdentity | null = null): RequestContext {
  // ?lang= (passed on by the proxy), the cookie, the profile, Accept-Language, en (lib/i18n/locales.ts)
  const base = { locale: localeFromHeaders(headers, identity?.locale), address: clientAddress(headers) };
  if (!identity) return { ...base, actor: "anonymous", role: "viewer", signedIn: false };
  return { ...base, actor: identity.email, userId: identity.userId, role: identity.role, signedIn: true };
}
