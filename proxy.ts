import { NextResponse, type NextRequest } from "next/server";
import { AppError } from "@/lib/errors";
import { crossSiteProblem, isWriteMethod } from "@/lib/http/origin";
import { securityHeaders } from "@/lib/http/security-headers";
import { localeFromAcceptLanguage } from "@/lib/request-context";

const OSM_TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";

function headersNow(): Record<string, string> {
  // read at run time (not inlined at build), so the policy follows the tiles the pages are served with
  const env = process.env;
  const tileUrl = env["NEXT_PUBLIC_TILE_URL"] ?? OSM_TILES;
  return securityHeaders({ tileUrl, dev: env.NODE_ENV === "development" });
}

function refuse(request: NextRequest, error: AppError): NextResponse {
  const body = { error: error.toBody(localeFromAcceptLanguage(request.headers.get("accept-language"))) };
  const response = NextResponse.json(body, { status: error.status });
  for (const [k, v] of Object.entries(headersNow())) response.headers.set(k, v);
  return response;
}

/**
 * Runs before every request:
 * - a write (POST/PUT/PATCH/DELETE, server actions included) sent by a browser from another site
 *   is refused with 403 here, before Next's own server-action origin check (which throws a 500);
 * - a path with a malformed escape (/api/dealerships/%ff) answers 400 rather than a decoding crash;
 * - every response carries the security headers (CSP, nosniff, Referrer-Policy, no framing).
 */
export function proxy(request: NextRequest): NextResponse {
  try {
    decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return refuse(request, new AppError("invalid_field", { key: "invalid_field.path", fields: { path: ["Malformed percent-encoding"] } }));
  }
  if (isWriteMethod(request.method) && crossSiteProblem(request.headers)) {
    return refuse(request, new AppError("forbidden", { key: "forbidden.origin" }));
  }
  const response = NextResponse.next();
  for (const [k, v] of Object.entries(headersNow())) response.headers.set(k, v);
  return response;
}

export const config = {
  // everything, static files included (nosniff matters most on them)
  matcher: "/:path*",
};
