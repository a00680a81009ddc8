import { NextResponse } from "next/server";
import type { Locale } from "@/lib/errors";
import { requirePermission, type Permission } from "@/lib/auth/permissions";
import { localeFromHeaders, type RequestContext } from "@/lib/request-context";
import { toAppError } from "@/app/_lib/errors";
import { limits } from "@/app/_lib/limits";
import { guardWrite, type LimitedKind } from "@/app/_lib/guard";
import { requestContext } from "@/app/_lib/request-context";
import { withSecurityHeaders } from "@/app/_lib/security-headers";

export { readJson } from "./body";

/**
 * The one mapping from errors to HTTP answers: the code's status and
 * {"error": {"code", "message", "fields"}}; `extra` adds fields beside "error" (an import's issues).
 */
export function errorResponse(error: unknown, locale: Locale = "en", extra: Record<string, unknown> = {}): NextResponse {
  const appError = toAppError(error);
  const headers: Record<string, string> = {};
  if (appError.retryAfterSeconds !== undefined) headers["Retry-After"] = String(appError.retryAfterSeconds);
  return withSecurityHeaders(NextResponse.json({ ...extra, error: appError.toBody(locale) }, { status: appError.status, headers }));
}

/**
 * Runs a handler with no sign-in check (only /api/health uses it) and turns anything it throws into
 * the error answer. Every API answer gets the security headers here too: uploads with a body
 * bypass proxy.ts (see its matcher).
 */
export async function handlePublic(fn: () => Response | Promise<Response>, request?: Request): Promise<Response> {
  try {
    return withSecurityHeaders(await fn());
  } catch (error) {
    return errorResponse(error, localeFromHeaders(request?.headers ?? new Headers()));
  }
}

/**
 * The boundary of a read route: verifies the caller (401 without a valid session or API token, so
 * a route is signed-in only by default; `request` is required for that) and checks `permission`
 * (403), then runs the handler with the context.
 */
export function handle(
  fn: (ctx: RequestContext) => Response | Promise<Response>,
  request: Request,
  permission: Permission = "read",
): Promise<Response> {
  return handlePublic(async () => {
    const ctx = await requestContext(request);
    requirePermission(ctx, permission);
    return fn(ctx);
  }, request);
}

/**
 * The boundary of a write route: verifies the caller, refuses cross-site requests (403), checks the
 * role (`permission`, "edit" by default: planner, 403 for a viewer) and the caller's rate limit (429), then runs the handler with
 * the context.
 */
export function handleWrite(
  request: Request,
  kind: LimitedKind,
  fn: (ctx: RequestContext) => Response | Promise<Response>,
  permission: Permission = "edit",
): Promise<Response> {
  return handlePublic(async () => fn(guardWrite(request.headers, await requestContext(request), kind, limits[kind](), permission)), request);
}
