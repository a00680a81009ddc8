import { createHash } from "node:crypto";
import type { CoverageReport } from "@/lib/planning/coverage-report";

export interface SerialisedBody {
  json: string;
  /** a strong validator of exactly these bytes, so it stays right across deploys and databases */
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
    body = { json, etag: `"${createHash("sha1").update(json).digest("base64url")}"` };
    variants.set(variant, body);
  }
  return body;
}

/** True when the client already holds this body (If-None-Match lists its ETag, or is "*"). */
export function clientHasBody(request: Request, etag: string): boolean {
  const header = request.headers.get("if-none-match");
  if (!header) return false;
  return header.split(",").some((tag) => {
    const t = tag.trim();
    return t === "*" || t === etag || t === `W/${etag}`;
  });
}
