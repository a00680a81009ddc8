import { OptimizeInputError, OptimizeSolverError } from "./errors";
import { lazyGreedySales, salesOnlineBound } from "./greedy-sales";
import { HighsSession, SolveInterrupted } from "./highs-runner";
import { buildSalesMilp, salesMilpPairs } from "./milp-sales";
import { explainSales, type SalesProblem } from "./sales-problem";
import { relativeGap } from "./solve-cover";
import type { OptimizeResult, ResultStatus } from "./types";
import type { ResolvedOptions } from "./validate";

interface Ids {
  demandIds: string[];
  candidateIds: string[];
}

/** Above this many (demand × candidate in reach) pairs the exact model (3 rows per pair) gets too big. */
export const MAX_EXACT_SALES_PAIRS = 200_000;

function finish(pb: SalesProblem, ids: Ids, t0: number, chosen: readonly number[], solver: "greedy" | "exact", status: ResultStatus, bound: number | null): OptimizeResult {
  const { order, steps, captured } = explainSales(pb, chosen, ids.demandIds, ids.candidateIds);
  return {
    selected: order.map((j) => ids.candidateIds[j]),
    objective: captured,
    bound: bound === null ? null : Math.max(bound, captured),
    gap: relativeGap(captured, bound === null ? null : Math.max(bound, captured)),
    ms: performance.now() - t0,
    solver,
    status,
    steps,
    coveredShare: pb.totalWeight > 0 ? captured / pb.totalWeight : 0,
  };
}

/** Lazy greedy with the submodular online bound (objective = captured weight). */
export function solveSalesGreedy(pb: SalesProblem, resolved: ResolvedOptions, ids: Ids, t0: number): OptimizeResult {
  const g = lazyGreedySales(pb, resolved.p);
  return finish(pb, ids, t0, g.order, "greedy", "heuristic", salesOnlineBound(pb, g, resolved.p));
}

/** Exact maximum capture with HiGHS (Haase's MILP), warm-started by greedy, which is also the fallback. */
export async function solveSalesExact(pb: SalesProblem, resolved: ResolvedOptions, ids: Ids, t0: number): Promise<OptimizeResult> {
  const pairs = salesMilpPairs(pb);
  if (pairs > MAX_EXACT_SALES_PAIRS) {
    throw new OptimizeInputError("solver", `the exact sales model would hold ${pairs} demand x site pairs in reach (limit ${MAX_EXACT_SALES_PAIRS}); use greedy`);
  }
  const g = lazyGreedySales(pb, resolved.p);
  const onlineBound = salesOnlineBound(pb, g, resolved.p);
  const { model, start } = buildSalesMilp(pb, resolved.p);
  const session = new HighsSession(resolved.workerPath, resolved.signal);
  try {
    const remaining = Math.max(0.05, (t0 + resolved.timeLimitSec * 1000 - performance.now()) / 1000);
    const sol = await session.solve(model, { timeLimitSec: remaining, mipRelGap: resolved.mipRelGap }, start(g.order));
    if (sol.status === "other" || sol.status === "infeasible") throw new OptimizeSolverError(`HiGHS ended with model status ${sol.statusCode}`);
    const status: ResultStatus = sol.status === "optimal" ? "optimal" : "time_limit";
    const chosen: number[] = [];
    if (sol.colValue) for (let j = 0; j < pb.m; j++) if (!pb.fixed[j] && sol.colValue[j] > 0.5) chosen.push(j);
    const fromSolver = sol.colValue ? finish(pb, ids, t0, chosen, "exact", status, null) : null;
    const fromGreedy = finish(pb, ids, t0, g.order, "exact", status, null);
    const best = fromSolver && fromSolver.objective >= fromGreedy.objective ? fromSolver : fromGreedy;
    // HiGHS's bound is in the model's units (the captured weight itself); the online bound always holds
    const highs = sol.dualBound ?? Infinity;
    const bound = sol.status === "optimal" && resolved.mipRelGap === 0 ? best.objective : Math.max(best.objective, Math.min(highs, onlineBound));
    return { ...best, bound, gap: relativeGap(best.objective, bound), ms: performance.now() - t0 };
  } catch (e) {
    if (!(e instanceof SolveInterrupted)) throw e;
    return finish(pb, ids, t0, g.order, "exact", "time_limit", onlineBound);
  } finally {
    session.close();
  }
}
