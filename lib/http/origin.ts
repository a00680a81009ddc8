type HeaderGetter = { get(name: string): string | null };

/** Methods that change data; GET/HEAD/OPTIONS never do here. */
export function isWriteMethod(method: string): boolean {
  return !["GET", "HEAD", "OPTIONS"].includes(method.toUpperCase());
}

/**
 * Why a write must be refused as cross-site, or null. A browser (the only client that sends
 * cookies on its own) names the page's origin in `Origin` on every POST/PUT/PATCH/DELETE and marks
 * cross-site requests with `Sec-Fetch-Site`; scripts and curl send neither and are let through
 * (they hold no victim's cookies). The origin's host must equal the host the request was sent to
 * (X-Forwarded-Host first, as set by a reverse proxy).
 */
export function crossSiteProblem(headers: HeaderGetter): string | null {
  const site = headers.get("sec-fetch-site");
  if (site === "cross-site" || site === "same-site") return `Sec-Fetch-Site: ${site}`;
  const origin = headers.get("origin");
  if (origin === null) return null;
  let originHost: string;
  try {
    const url = new URL(origin);
    if (url.protocol !== "http:" && url.protocol !== "https:") return `Origin ${origin}`;
    originHost = url.host;
  } catch {
    return `Origin ${origin}`; // "null" (sandboxed frames, file:) or garbage
  }
  const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host");
  if (!host || host.toLowerCase() !== originHost.toLowerCase()) return `Origin ${origin} is not ${host ?? "this host"}`;
  return null;
}

/** The media type of a Content-Type header, lower case without parameters ("text/csv"), or "". */
export function mediaType(contentType: string | null): string {
  return (contentType ?? "").split(";")[0].trim().toLowerCase();
}
