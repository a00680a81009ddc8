import { securityHeaders } from "@/lib/http/security-headers";

const OSM_TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";

/** The security headers for this process, the CSP following the tile server the pages use. */
export function currentSecurityHeaders(): Record<string, string> {
  // read at run time (a bracket access is not inlined at build), like the pages read it
  const env = process.env;
  return securityHeaders({ tileUrl: env["NEXT_PUBLIC_TILE_URL"] ?? OSM_TILES, dev: env.NODE_ENV === "development" });
}

/** Sets the security headers on a response (headers the handler set itself win). */
export function withSecurityHeaders<R extends Response>(response: R): R {
  for (const [k, v] of Object.entries(currentSecurityHeaders())) {
    if (!response.headers.has(k)) response.headers.set(k, v);
  }
  return response;
}
