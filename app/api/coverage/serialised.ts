import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";
import type { CoverageReport } from "@/lib/planning/coverage-report";

export interface SerialisedBody {
  /** the JSON as UTF-8 bytes: encoding a 30 kB string on every request showed in the profile */
  bytes: Uint8Array<ArrayBuffer>;
  /** a validator of these bytes (weak: the same JSON may be sent gzipped or not), right across deploys and databases */
  etag: string;
  /** the JSON gzipped, made on first use: browsers always ask for gzip and a memo hit should not pay it again */
  gzipped: () => Uint8Array<ArrayBuffer>;
}

// Memoised reports are shared objects (db/queries/coverage.ts), so their JSON can be shared too:
// keyed by the report, an entry goes when the report leaves the memo and is collected.
const bodies = new WeakMap<CoverageReport, Map<string, SerialisedBody>>();

/** The JSON text of one view of a report, serialised once per memoised report and variant. */
export function serialisedOnce(report: CoverageReport, variant: string, build: () => unknown): SerialisedBody {
  let variants = bodies.get(report);
  if (!variants) {
    variants = new Map();
    bodies.set(report, variants);
  }
  let body = variants.get(variant);
  if (!body) {
    const json = JSON.stringify(build());
    let gzipped: Uint8Array<ArrayBuffer> | null = null;
    body = {
      bytes: new Uint8Array(Buffer.from(json, "utf8")),
      etag: `W/"${createHash("sha1").update(json).digest("base64url")}"`,
      gzipped: () => (gzipped ??= new Uint8Array(gzipSync(json))),
    };
    variants.set(variant, body);
  }
  return body;
}

/** True when the client already holds this body (If-None-Match lists its ETag, or is "*"). */
export function clientHasBody(request: Request, etag: string): boolean {
  const header = request.headers.get("if-none-match");
  if (!header) return false;
  // weak comparison (RFC 9110 13.1.2): W/ prefixes do not matter
  const opaque = (tag: string) => tag.trim().replace(/^W\//, "");
  return header.split(",").some((tag) => tag.trim() === "*" || opaque(tag) === opaque(etag));
}

/** True when the request accepts a gzip body (and does not refuse it with q=0). */
export function acceptsGzip(request: Request): boolean {
  const header = request.headers.get("accept-encoding") ?? "";
  return header.split(",").some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(";");
    return (coding === "gzip" || coding === "*") && !params.some((p) => /^\s*q=0(\.0*)?\s*$/.test(p));
  });
}
