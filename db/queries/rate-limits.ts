import { and, eq, lt, sql } from "drizzle-orm";
import type { Db } from "../connection";
import { rateLimits } from "../schema";

export interface RateLimitRule {
  /** requests allowed per window */
  limit: number;
  windowMs: number;
}

export interface RateLimitHit {
  allowed: boolean;
  count: number;
  /** seconds until the current window ends */
  retryAfterSeconds: number;
}

/**
 * Counts one request of `key` in the current fixed window and says whether it is within the rule.
 * One upsert statement, so concurrent requests (and processes sharing the file) never lose a count.
 * Windows older than the previous one are swept now and then.
 */
export function hitRateLimit(db: Db, key: string, rule: RateLimitRule, now = Date.now()): RateLimitHit {
  const windowStart = Math.floor(now / rule.windowMs) * rule.windowMs;
  const row = db
    .insert(rateLimits)
    .values({ key, windowStart, count: 1 })
    .onConflictDoUpdate({ target: [rateLimits.key, rateLimits.windowStart], set: { count: sql`${rateLimits.count} + 1` } })
    .returning({ count: rateLimits.count })
    .get();
  // about one request in 200 clears what no window can still use
  if (Math.random() < 0.005) db.delete(rateLimits).where(lt(rateLimits.windowStart, windowStart - rule.windowMs)).run();
  return {
    allowed: row.count <= rule.limit,
    count: row.count,
    retryAfterSeconds: Math.max(1, Math.ceil((windowStart + rule.windowMs - now) / 1000)),
  };
}

/** How many requests of `key` the current window has counted so far (without counting one). */
export function rateLimitCount(db: Db, key: string, rule: RateLimitRule, now = Date.now()): RateLimitHit {
  const windowStart = Math.floor(now / rule.windowMs) * rule.windowMs;
  const row = db
    .select({ count: rateLimits.count })
    .from(rateLimits)
    .where(and(eq(rateLimits.key, key), eq(rateLimits.windowStart, windowStart)))
    .get();
  const count = row?.count ?? 0;
  return { allowed: count < rule.limit, count, retryAfterSeconds: Math.max(1, Math.ceil((windowStart + rule.windowMs - now) / 1000)) };
}
