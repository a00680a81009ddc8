/**
 * The origin pattern of a Leaflet tile URL template for CSP img-src:
 * "https://{s}.tile.example.org/{z}/{x}/{y}.png" -> "https://*.tile.example.org". Null when unusable.
 */
export function tileSource(template: string | undefined | null): string | null {
  const match = /^(https?):\/\/([^/?#]+)/i.exec((template ?? "").trim());
  if (!match) return null;
  const host = match[2].replace(/\{[a-z]+\}/gi, "*");
  // CSP allows a wildcard only as the leftmost label
  if (!/^(\*\.)?[a-z0-9.-]+(:\d+)?$/i.test(host)) return null;
  return `${match[1].toLowerCase()}://${host.toLowerCase()}`;
}

/**
 * The Content-Security-Policy of every page. Scripts and styles allow 'unsafe-inline' because the
 * App Router's static pages carry inline bootstrap scripts without nonces (nonces would force every
 * page to render per request) and Leaflet positions tiles with inline styles; everything else is
 * same-origin only, images also from the tile server and data:/blob: (Leaflet, chart exports),
 * and no other site may frame the planner.
 */
export function contentSecurityPolicy(options: { tileUrl?: string | null; dev?: boolean }): string {
  const tiles = tileSource(options.tileUrl);
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${options.dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${tiles ? ` ${tiles}` : ""}`,
    "font-src 'self' data:",
    `connect-src 'self'${options.dev ? " ws: wss:" : ""}`,
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  return directives.join("; ");
}

/** Headers every response carries (HSTS is the TLS-terminating proxy's job: see README "Security"). */
export function securityHeaders(options: { tileUrl?: string | null; dev?: boolean }): Record<string, string> {
  return {
    "Content-Security-Policy": contentSecurityPolicy(options),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=()",
  };
}
