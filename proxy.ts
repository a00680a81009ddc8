import { NextResponse, type NextRequest } from "next/server";
import { AppError } from "@/lib/errors";
import { crossSiteProblem, isWriteMethod } from "@/lib/http/origin";
import { localeFromAcceptLanguage } from "@/lib/request-context";
import { withSecurityHeaders } from "@/app/_lib/security-headers";
import { signInGate } from "@/app/_lib/auth/gate";

function refuse(request: NextRequest, error: AppError): NextResponse {
  const body = { error: error.toBody(localeFromAcceptLanguage(request.headers.get("accept-language"))) };
  return withSecurityHeaders(NextResponse.json(body, { status: error.status }));
}

/**
 * Runs before every request:
 * - a write (POST/PUT/PATCH/DELETE, server actions included) sent by a browser from another site
 *   is refused with 403 here, before Next's own server-action origin check (which throws a 500);
 * - a path with a malformed escape (/api/dealerships/%ff) answers 400 rather than a decoding crash;
 * - sign-in (app/_lib/auth/gate.ts): an /api call without valid credentials answers 401, a page
 *   redirects to /login (or to /setup while no user exists);
 * - every response carries the security headers (CSP, nosniff, Referrer-Policy, no framing).
 */
export async function proxy(request: NextRequest): Promise<NextResponse> {
  try {
    decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return refuse(request, new AppError("invalid_field", { key: "invalid_field.path", fields: { path: ["Malformed percent-encoding"] } }));
  }
  if (isWriteMethod(request.method) && crossSiteProblem(request.headers)) {
    return refuse(request, new AppError("forbidden", { key: "forbidden.origin" }));
  }
  const gate = await signInGate(request);
  if (gate.kind === "unauthorized") return refuse(request, new AppError("unauthorized"));
  if (gate.kind === "redirect") return withSecurityHeaders(NextResponse.redirect(new URL(gate.to, request.url), 303));
  return withSecurityHeaders(NextResponse.next());
}

export const config = {
  // Every path, static files included, but only requests without a body or with a small declared
  // one: when the proxy runs, Next buffers the whole request body (up to 10 MB, draining the rest)
  // before the route sees it, which would defeat the routes' own streaming limits. Chunked and
  // large uploads go straight to the routes, which check the origin and count the bytes themselves
  // and set the same headers (app/api/_lib/respond.ts). Server actions always pass here, whatever
  // their size: only the proxy can answer a foreign one 403 before Next's own check throws.
  matcher: [
    { source: "/:path*", has: [{ type: "header", key: "next-action" }] },
    { source: "/:path*", missing: [{ type: "header", key: "content-length" }, { type: "header", key: "transfer-encoding" }] },
    { source: "/:path*", has: [{ type: "header", key: "content-length", value: "\\d{1,6}" }], missing: [{ type: "header", key: "transfer-encoding" }] },
  ],
};
