import { getDb } from "@/db/client";
import { hitRateLimit, type RateLimitRule } from "@/db/queries/rate-limits";
import { AppError } from "@/lib/errors";
import { crossSiteProblem } from "@/lib/http/origin";
import { requirePermission, type Permission } from "@/lib/auth/permissions";
import { callerKey, type RequestContext } from "@/lib/request-context";

/** What kind of request is being counted: each has its own limit. */
export type LimitedKind = "writes" | "imports" | "suggestions";

/** Counts the request against the caller's limit for `kind`; 429 rate_limited when over. */
export function enforceRateLimit(ctx: RequestContext, kind: LimitedKind, rule: RateLimitRule): void {
  const hit = hitRateLimit(getDb(), `${kind}:${callerKey(ctx)}`, rule);
  if (!hit.allowed) {
    throw new AppError("rate_limited", { params: { seconds: hit.retryAfterSeconds }, retryAfterSeconds: hit.retryAfterSeconds });
  }
}

/** 403 forbidden when a browser sent the request from another site (see crossSiteProblem). */
export function refuseCrossSite(headers: { get(name: string): string | null }): void {
  if (crossSiteProblem(headers)) throw new AppError("forbidden", { key: "forbidden.origin" });
}

/**
 * The checks every write runs before touching its body: same-site origin, the role (`permission`,
 * "edit" unless the request only reads, like a greedy suggestion), the rate limit. Returns the
 * request's context for the write to record.
 */
export function guardWrite(
  headers: { get(name: string): string | null },
  ctx: RequestContext,
  kind: LimitedKind,
  rule: RateLimitRule,
  permission: Permission = "edit",
): RequestContext {
  refuseCrossSite(headers);
  requirePermission(ctx, permission);
  enforceRateLimit(ctx, kind, rule);
  return ctx;
}
