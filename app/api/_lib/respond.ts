import { NextResponse } from "next/server";
import type { Locale } from "@/lib/errors";
import { localeFromAcceptLanguage, type RequestContext } from "@/lib/request-context";
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
 * Runs a handler and turns anything it throws into the error answer. Every API answer gets the
 * security headers here too: uploads with a body bypass proxy.ts (see its matcher).
 */
export async function handle(fn: () => Response | Promise<Response>, request?: Request): Promise<Response> {
  try {
    return withSecurityHeaders(await fn());
  } catch (error) {
    return errorResponse(error, localeFromAcceptLanguage(request?.headers.get("accept-language") ?? null));
  }
}

/**
 * The boundary of a write route: builds the request's context, refuses cross-site requests (403),
 * checks the role and the caller's rate limit (429), then runs the handler with the context.
 */
export function handleWrite(request: Request, kind: LimitedKind, fn: (ctx: RequestContext) => Response | Promise<Response>): Promise<Response> {
  return handle(() => fn(guardWrite(request.headers, requestContext(request), kind, limits[kind]())), request);
}
