import { LruCache, stableKey } from "@/lib/cache/lru";
import { buildCoverageReport, type CoverageReport } from "@/lib/planning/coverage-report";
import type { CoverageQuery } from "@/lib/validation/coverage-query";
import type { Db } from "../connection";
import { loadCoverageInputs } from "./coverage-inputs";
import { readDataVersion } from "./data-version";

/** Reports kept per connection; 200 covers every brand x mode x horizon a team asks for in a day. */
export const COVERAGE_MEMO_ENTRIES = 200;

const memos = new WeakMap<Db, LruCache<string, CoverageReport>>();

/** COVERAGE_MEMO=0 computes every report afresh (what the bench compares the memo against). */
function memoEnabled(): boolean {
  return process.env.COVERAGE_MEMO !== "0";
}

function computeReport(db: Db, query: CoverageQuery): CoverageReport {
  return buildCoverageReport(loadCoverageInputs(db, { brand: query.brand, year: query.year, minPopulation: query.minPopulation, scenario: query.scenario }), query);
}

// Reports are shared between requests once memoised: a caller that changed one would change
// every later answer, so they are frozen and such a caller fails at once.
function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * The coverage report for a parsed query: the one function behind the API, map, report and exports.
 * Memoised per (query, data version): the version lives in the database and moves with every write,
 * so a report is recomputed after any change, whichever process made it.
 */
export function getCoverageReport(db: Db, query: CoverageQuery): CoverageReport {
  if (!memoEnabled()) return computeReport(db, query);
  let memo = memos.get(db);
  if (!memo) {
    memo = new LruCache(COVERAGE_MEMO_ENTRIES);
    memos.set(db, memo);
  }
  const queryKey = stableKey(query);
  const hit = memo.get(`${readDataVersion(db)}|${queryKey}`);
  if (hit) return hit;
  // One read transaction: the version and every input come from the same snapshot, so a write
  // committed in between cannot leave a report filed under a version it does not match.
  const { version, report } = db.$client.transaction(() => ({ version: readDataVersion(db), report: computeReport(db, query) }))();
  deepFreeze(report);
  memo.set(`${version}|${queryKey}`, report);
  return report;
}
