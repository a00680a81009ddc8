import "server-only";
import { getDb } from "@/db/client";
import type { Db } from "@/db/connection";
import { countUsers } from "@/db/queries/users";
import { identify } from "./identify";

export type Gate = { kind: "pass" } | { kind: "unauthorized" } | { kind: "redirect"; to: string };

/** API paths open to signed-out callers: the health check and the auth library's own endpoints. */
export function isPublicApi(pathname: string): boolean {
  return pathname === "/api/health" || pathname === "/api/auth" || pathname.startsWith("/api/auth/");
}

/** Build output and files (/_next/..., /favicon.ico): no data, no sign-in. */
function isAsset(pathname: string): boolean {
  return pathname.startsWith("/_next/") || /\.[A-Za-z0-9]+$/.test(pathname);
}

/**
 * The sign-in check the proxy runs before every request it sees, so a new route or page is
 * signed-in only without opting in. The route handlers and server actions verify again when they
 * build their context (app/_lib/request-context.ts): large uploads skip the proxy.
 * - /api/**: 401 without a valid session or API token (except isPublicApi);
 * - pages: while no user exists, everything leads to /setup; afterwards /setup is gone and a
 *   signed-out visitor is sent to /login (the only page open to them).
 * Server actions pass: their wrapper answers unauthorized in the action's own result shape.
 */
export async function signInGate(request: { nextUrl: { pathname: string; search: string }; headers: Headers }, db: Db = getDb()): Promise<Gate> {
  const { pathname, search } = request.nextUrl;
  if (pathname.startsWith("/api/") || pathname === "/api") {
    if (isPublicApi(pathname)) return { kind: "pass" };
    return (await identify(request.headers, { refresh: false })) ? { kind: "pass" } : { kind: "unauthorized" };
  }
  if (isAsset(pathname) || request.headers.has("next-action")) return { kind: "pass" };
  const noUsers = countUsers(db) === 0;
  if (pathname === "/setup") return noUsers ? { kind: "pass" } : { kind: "redirect", to: "/login" };
  if (noUsers) return { kind: "redirect", to: "/setup" };
  const signedIn = (await identify(request.headers, { refresh: false })) !== null;
  if (pathname === "/login") return signedIn ? { kind: "redirect", to: "/" } : { kind: "pass" };
  if (signedIn) return { kind: "pass" };
  const next = pathname === "/" ? "" : `?next=${encodeURIComponent(pathname + search)}`;
  return { kind: "redirect", to: `/login${next}` };
}
