import { OptimizeInputError, OptimizeSolverError } from "./errors";
import { HighsSession, SolveInterrupted } from "./highs-runner";
import { buildLevels, buildPMedianMilp, levelCost, levelsUpTo, pmedianStart } from "./milp-pmedian";
import { explainPMedian, type PMedianProblem } from "./pmedian-problem";
import { vnsPMedian } from "./pmedian-vns";
import { relativeGap } from "./solve-cover";
import type { OptimizeResult, ResultStatus } from "./types";
import type { ResolvedOptions } from "./validate";

interface Ids {
  demandIds: string[];
  candidateIds: string[];
}

/** Above this many (demand × eligible column) pairs the sorted-distance tables get too big for the exact solver. */
const MAX_EXACT_PAIRS = 1e7;
// Measured on 2,000 × 300 clustered instances: each round is one LP of ~30-60k rows
// (seconds in WebAssembly), so fewer, slightly larger rounds win.
const INITIAL_DEPTH_FACTOR = 1.5;
const DEEPEN_SLACK = 0.5;
const EXACT_WARM_START_SHAKES = 100;

function result(pb: PMedianProblem, ids: Ids, t0: number, open: number[], solver: "greedy" | "exact", status: ResultStatus, bound: number | null): OptimizeResult {
  const { order, steps, cost } = explainPMedian(pb, open, ids.demandIds, ids.candidateIds);
  return {
    selected: order.map((c) => ids.candidateIds[pb.cols[c]]),
    objective: cost,
    bound,
    gap: relativeGap(cost, bound),
    ms: performance.now() - t0,
    solver,
    status,
    steps,
  };
}

/** Per-demand cost for a set of open columns. */
function assignedCost(pb: PMedianProblem, open: number[]): Float64Array {
  const d = pb.base.slice();
  for (const c of open) for (let i = 0; i < pb.n; i++) if (pb.ct[c * pb.n + i] < d[i]) d[i] = pb.ct[c * pb.n + i];
  return d;
}

function total(pb: PMedianProblem, d: Float64Array): number {
  let s = 0;
  for (let i = 0; i < pb.n; i++) s += pb.weights[i] * d[i];
  return s;
}

/** Heuristic p-median (greedy + fast-interchange VNS); objective in weight × cost units. */
export function solvePMedianGreedy(pb: PMedianProblem, resolved: ResolvedOptions, ids: Ids, t0: number): OptimizeResult {
  return result(pb, ids, t0, vnsPMedian(pb, resolved.p).open, "greedy", "heuristic", null);
}

function cappedColumns(pb: PMedianProblem): Map<number, number[]> {
  const groups = new Map<number, number[]>();
  pb.cols.forEach((j, c) => {
    const g = pb.groupOf[j];
    if (g >= 0 && Number.isFinite(pb.groupCap[g])) (groups.get(g) ?? groups.set(g, []).get(g)!).push(c);
  });
  for (const [g, members] of groups) if (members.length <= pb.groupCap[g]) groups.delete(g);
  return groups;
}

/**
 * Exact p-median: solves the truncated sorted-distance MILP, deepening the truncation
 * where the solution's true cost exceeds what the model charged, until the lower bound
 * meets the best true cost. The heuristic answer is the warm start and the fallback.
 */
export async function solvePMedianExact(pb: PMedianProblem, resolved: ResolvedOptions, ids: Ids, t0: number): Promise<OptimizeResult> {
  // only the warm start and fallback: a short search, since HiGHS does the proving
  const heuristic = vnsPMedian(pb, resolved.p, { maxNoImprove: EXACT_WARM_START_SHAKES });
  const capped = cappedColumns(pb);
  if (pb.cols.length <= resolved.p && capped.size === 0) {
    const r = result(pb, ids, t0, Array.from(pb.cols.keys()), "exact", "optimal", null);
    return { ...r, bound: r.objective, gap: 0 };
  }
  if (pb.n * pb.cols.length > MAX_EXACT_PAIRS) {
    throw new OptimizeInputError("solver", `exact p-median is limited to ${MAX_EXACT_PAIRS} demand x candidate pairs; use greedy`);
  }
  const lv = buildLevels(pb);
  let best = heuristic.open;
  let bestD = assignedCost(pb, best);
  let bestCost = total(pb, bestD);
  // Start deeper than the heuristic's own assignment (1.5 × its cost): a shallow model lets
  // the relaxation "cheat" by abandoning far demand, costing an extra expensive round.
  const depth = new Int32Array(pb.n);
  for (let i = 0; i < pb.n; i++) depth[i] = levelsUpTo(lv, pb, i, bestD[i] * INITIAL_DEPTH_FACTOR) + 1;
  let lowerBound = -Infinity;
  let status: ResultStatus = "time_limit";
  const deadline = t0 + resolved.timeLimitSec * 1000;
  const session = new HighsSession(resolved.workerPath, resolved.signal);
  try {
    for (;;) {
      const { model, offset, zStart } = buildPMedianMilp(pb, lv, depth, resolved.p, capped);
      if (zStart[pb.n] === pb.cols.length) {
        status = "optimal"; // no demand can improve on its fixed site: any choice is optimal
        lowerBound = bestCost;
        break;
      }
      const remaining = (deadline - performance.now()) / 1000;
      if (remaining <= 0) break;
      const start = pmedianStart(pb, lv, zStart, best, bestD);
      const sol = await session.solve(model, { timeLimitSec: remaining, mipRelGap: resolved.mipRelGap }, start);
      // the model is always feasible (open nothing, z = 1), so anything else is a solver fault
      if (sol.status === "other" || sol.status === "infeasible") throw new OptimizeSolverError(`HiGHS ended with model status ${sol.statusCode}`);
      if (sol.dualBound !== null) lowerBound = Math.max(lowerBound, offset + sol.dualBound);
      let extended = false;
      if (sol.colValue) {
        const open: number[] = [];
        for (let c = 0; c < pb.cols.length; c++) if (sol.colValue[c] > 0.5) open.push(c);
        const d = assignedCost(pb, open);
        const cost = total(pb, d);
        if (cost < bestCost) {
          best = open;
          bestD = d;
          bestCost = cost;
        }
        for (let i = 0; i < pb.n; i++) {
          // the model charged min(true, next level) here: deepen so it pays the true cost
          if (pb.weights[i] > 0 && d[i] > levelCost(lv, pb, i, depth[i])) {
            const need = levelsUpTo(lv, pb, i, d[i]);
            depth[i] = need + 1 + Math.ceil(DEEPEN_SLACK * need);
            extended = true;
          }
        }
      }
      const tol = 1e-9 * Math.max(1, Math.abs(bestCost)) + resolved.mipRelGap * Math.abs(bestCost);
      if (bestCost - lowerBound <= tol) {
        status = "optimal";
        break;
      }
      if (sol.status !== "optimal" || !extended) break;
    }
  } catch (e) {
    if (!(e instanceof SolveInterrupted)) throw e;
  } finally {
    session.close();
  }
  const bound = status === "optimal" && resolved.mipRelGap === 0 ? null : Number.isFinite(lowerBound) ? Math.min(lowerBound, bestCost) : null;
  const r = result(pb, ids, t0, best, "exact", status, bound);
  if (status === "optimal" && resolved.mipRelGap === 0) return { ...r, bound: r.objective, gap: 0 };
  return r;
}
