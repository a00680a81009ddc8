import type { RateLimitRule } from "@/db/queries/rate-limits";

function envInt(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === "") return fallback;
  const n = Number(raw);
  return Number.isInteger(n) && n >= 0 ? n : fallback;
}

const MINUTE = 60_000;

/**
 * The server's limits, read from the environment on each use (so a test or an operator can change
 * them without a rebuild). Defaults are far above what a planning team does by hand: the map's
 * drag-and-drop, the registry and the e2e suite never reach them; a script hammering the API does.
 */
export const limits = {
  /** JSON writes (dealerships, vehicle-park cells, server actions) per caller per minute */
  writes: (): RateLimitRule => ({ limit: envInt("RATE_LIMIT_WRITES_PER_MINUTE", 300), windowMs: MINUTE }),
  /** file imports (previews included) per caller per minute */
  imports: (): RateLimitRule => ({ limit: envInt("RATE_LIMIT_IMPORTS_PER_MINUTE", 30), windowMs: MINUTE }),
  /** site suggestions (greedy or exact) per caller per minute */
  suggestions: (): RateLimitRule => ({ limit: envInt("RATE_LIMIT_SUGGESTIONS_PER_MINUTE", 60), windowMs: MINUTE }),
  /** failed sign-ins per account and per address per minute; the next attempt answers 429 */
  signInFailures: (): RateLimitRule => ({ limit: envInt("RATE_LIMIT_SIGN_IN_FAILURES_PER_MINUTE", 10), windowMs: MINUTE }),
  /** exact (HiGHS) solves running at once in this process */
  solverConcurrent: () => Math.max(1, envInt("SOLVER_MAX_CONCURRENT", 2)),
  /** exact solves one caller may have running at once */
  solverPerCaller: () => Math.max(1, envInt("SOLVER_MAX_PER_CALLER", 1)),
  /** how long an exact solve may wait for a free slot before 429 */
  solverWaitMs: () => envInt("SOLVER_QUEUE_WAIT_MS", 2000),
};
