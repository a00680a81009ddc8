import { NextResponse, type NextRequest } from "next/server";
import { AppError } from "@/lib/errors";
import { crossSiteProblem, isWriteMethod } from "@/lib/http/origin";
import { localeFromHeaders } from "@/lib/request-context";
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE_SECONDS, LOCALE_HEADER, parseLocale, type Locale } from "@/lib/i18n/locales";
import { withSecurityHeaders } from "@/app/_lib/security-headers";
import { signInGate } from "@/app/_lib/auth/gate";

/** The language the URL asks for (?lang=xx), or null. */
function urlLocale(request: NextRequest): Locale | null {
  return parseLocale(request.nextUrl.searchParams.get("lang"));
}

function refuse(request: NextRequest, error: AppError): NextResponse {
  const body = { error: error.toBody(urlLocale(request) ?? localeFromHeaders(request.headers)) };
  return withSecurityHeaders(NextResponse.json(body, { status: error.status }));
}

/**
 * ?lang=xx sticks: the answer sets the language cookie (a redirect's too, so /login?next=… keeps
 * it), and the request goes on with the choice in a header, so the page rendered for this very
 * request is already in that language (i18n/request.ts reads it). A client's own copy of that
 * header is dropped: only the URL sets it.
 */
function requestHeadersWithLocale(request: NextRequest, locale: Locale | null): Headers {
  const headers = new Headers(request.headers);
  headers.delete(LOCALE_HEADER);
  if (locale) headers.set(LOCALE_HEADER, locale);
  return headers;
}

function stickLocale(response: NextResponse, locale: Locale | null): NextResponse {
  if (locale) response.cookies.set(LOCALE_COOKIE, locale, { path: "/", maxAge: LOCALE_COOKIE_MAX_AGE_SECONDS, sameSite: "lax", httpOnly: true });
  return withSecurityHeaders(response);
}

/**
 * Runs before every request:
 * - a write (POST/PUT/PATCH/DELETE, server actions included) sent by a browser from another site
 *   is refused with 403 here, before Next's own server-action origin check (which throws a 500);
 * - a path with a malformed escape (/api/dealerships/%ff) answers 400 rather than a decoding crash;
 * - sign-in (app/_lib/auth/gate.ts): an /api call without valid credentials answers 401, a page
 *   redirects to /login (or to /setup while no user exists);
 * - every response carries the security headers (CSP, nosniff, Referrer-Policy, no framing);
 * - ?lang=xx chooses the language and sets its cookie (stickLocale).
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
  const locale = urlLocale(request);
  if (gate.kind === "redirect") return stickLocale(NextResponse.redirect(new URL(gate.to, request.url), 303), locale);
  return stickLocale(NextResponse.next({ request: { headers: requestHeadersWithLocale(request, locale) } }), locale);
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
