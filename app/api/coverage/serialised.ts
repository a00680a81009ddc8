import { createHash } from "node:crypto";
import type { CoverageReport } from "@/lib/planning/coverage-report";

export interface SerialisedBody {
  /** the JSON as UTF-8 bytes: encoding a 30 kB string on every request showed in the profile */
  bytes: Uint8Array<ArrayBuffer>;
  /**
   * A validator of these bytes, right across deploys and databases; weak because Next compresses
   * the body on the way out (it drops a route's own Content-Encoding, so it cannot be gzipped here).
   */
  etag: string;
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
    body = {
      bytes: new Uint8Array(Buffer.from(json, "utf8")),
      etag: `W/"${createHash("sha1").update(json).digest("base64url")}"`,
    };
    variants.set(variant, body);
  }
  return body;
}

const tags = new WeakMap<object, string>();

/**
 * A hash of a (frozen, memoised) value's JSON, computed once per value: names the demand points a
 * `cityColumns` answer belongs to without keeping a second copy of their bytes.
 */
export function contentTag(value: object): string {
  let tag = tags.get(value);
  if (tag === undefined) {
    tag = createHash("sha1").update(JSON.stringify(value)).digest("base64url");
    tags.set(value, tag);
  }
  return tag;
}

/** True when the client already holds this body (If-None-Match lists its ETag, or is "*"). */
export function clientHasBody(request: Request, etag: string): boolean {
  const header = request.headers.get("if-none-match");
  if (!header) return false;
  // weak comparison (RFC 9110 13.1.2): W/ prefixes do not matter
  const opaque = (tag: string) => tag.trim().replace(/^W\//, "");
  return header.split(",").some((tag) => tag.trim() === "*" || opaque(tag) === opaque(etag));
}
