import { mulberry32 } from "../random";
import { greedyPMedian, type PMedianHeuristicResult } from "./pmedian-heuristic";
import { pmedianCost, type PMedianProblem } from "./pmedian-problem";
import { PMedianSwapState, sortedRows } from "./pmedian-swap";

export interface PMedianVnsResult extends PMedianHeuristicResult {
  /** Work units spent (row entries and slot pairs visited). */
  work: number;
}

export interface PMedianVnsOptions {
  /** Stop as soon as the cost is within rounding of this proven lower bound (e.g. the exact solver's). */
  lowerBound?: number;
  /** Shakes in a row without a better answer before stopping; default 20 × p within [200, 3000]. */
  maxNoImprove?: number;
  /** Work budget in demand-row entries and candidate × slot evaluations; keeps big instances bounded. */
  workBudget?: number;
  /** Largest shake, in random swaps. */
  kMax?: number;
  seed?: number;
}

/** A shake opens one of the ~REACH_FACTOR × m / p nearest columns of a random demand point. */
const REACH_FACTOR = 2;

/** Best-improvement local search with the fast interchange; returns the swaps made. */
function localSearch(st: PMedianSwapState, tol: number, budget: number, log?: number[]): number {
  let swaps = 0;
  while (st.work < budget) {
    const best = st.bestSwap(tol);
    if (!best) break;
    log?.push(best.s, st.open[best.s]);
    st.swap(best.s, best.c);
    swaps++;
  }
  return swaps;
}

/**
 * p-median heuristic: lazy greedy, then a variable neighbourhood search (Hansen–Mladenović)
 * around Resende–Werneck's fast interchange. Each round shakes the best answer by k random
 * swaps (k = 1, 2, … kMax, back to 1 after an improvement; each opens a column near a random
 * demand point in place of a random open one), descends with best-improvement swaps, and
 * keeps the result if it is cheaper, or equally cheap (a plateau move: integer costs tie a
 * lot, and walking the plateau is what found the last optima in our tests). Otherwise the
 * round's swaps are undone. Stops after `maxNoImprove` fruitless shakes, when the work
 * budget runs out, or when the cost meets `lowerBound`. Deterministic: shakes use a seeded
 * PRNG and budgets count work, not time.
 */
export function vnsPMedian(pb: PMedianProblem, p: number, options: PMedianVnsOptions = {}): PMedianVnsResult {
  const { lowerBound = -Infinity, workBudget = 5e8, kMax: kCap = 10, seed = 1 } = options;
  const start = greedyPMedian(pb, p);
  const m = pb.cols.length;
  // greedy opens fewer than p only when more sites would not help (or caps forbid them)
  if (start.length === 0 || start.length >= m) return { open: start, cost: pmedianCost(pb, start), swaps: 0, work: 0 };
  const q = start.length;
  // larger p means a larger swap neighbourhood, and cheaper moves: search longer
  const maxNoImprove = options.maxNoImprove ?? Math.min(3000, Math.max(200, 20 * q));
  const rows = sortedRows(pb);
  const st = new PMedianSwapState(pb, rows, q);
  st.reset(start);
  const tol = () => 1e-10 * Math.max(1, Math.abs(st.cost));
  const done = (cost: number) => cost - lowerBound <= 1e-9 * Math.max(1, Math.abs(cost));
  let swaps = localSearch(st, tol(), workBudget);
  let best = Array.from(st.open);
  let bestCost = st.cost;
  const rng = mulberry32(seed);
  const kMax = Math.max(1, Math.min(kCap, q, m - q));
  const undo: number[] = [];
  const reach = Math.max(4, Math.ceil((REACH_FACTOR * m) / q));
  // shakes that stay where demand is: uniformly random columns are mostly swapped straight back
  const nearColumn = () => {
    const i = Math.floor(rng() * pb.n);
    const len = rows.start[i + 1] - rows.start[i];
    if (len === 0) return Math.floor(rng() * m);
    return rows.col[rows.start[i] + Math.floor(rng() * Math.min(len, reach))];
  };
  let k = 1;
  for (let idle = 0; idle < maxNoImprove && st.work < workBudget && !done(bestCost); ) {
    undo.length = 0;
    for (let r = 0; r < k; r++) {
      const s = Math.floor(rng() * q);
      // a few draws suffice: a column whose group is full is simply skipped
      for (let tries = 0; tries < 8; tries++) {
        const c = nearColumn();
        if (st.slotOf[c] < 0 && st.capAllows(s, c)) {
          undo.push(s, st.open[s]);
          st.swap(s, c);
          break;
        }
      }
    }
    swaps += localSearch(st, tol(), workBudget, undo);
    if (st.cost < bestCost - tol()) {
      best = Array.from(st.open);
      bestCost = pmedianCost(pb, best);
      k = 1;
      idle = 0;
      continue;
    }
    idle++;
    if (st.cost <= bestCost) {
      best = Array.from(st.open); // as good: move along the plateau (never upwards, even by rounding)
      bestCost = st.cost;
      k = k >= kMax ? 1 : k + 1;
      continue;
    }
    // undoing the round's swaps is much cheaper than rebuilding; an occasional rebuild
    // clears the rounding that running sums collect
    if (idle % 64 === 0) st.reset(best);
    else for (let u = undo.length - 2; u >= 0; u -= 2) st.swap(undo[u], undo[u + 1]);
    k = k >= kMax ? 1 : k + 1;
  }
  // re-sum rather than trust the running deltas, which drift in floating point
  return { open: best, cost: pmedianCost(pb, best), swaps, work: st.work };
}
