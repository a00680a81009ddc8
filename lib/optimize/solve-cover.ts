import { explainCover, type CoverProblem } from "./cover-problem";
import { OptimizeSolverError } from "./errors";
import { improveCover } from "./cover-swap";
import { lazyGreedyCover, mclpOnlineBound, type GreedyCoverResult } from "./greedy-cover";
import { HighsSession, SolveInterrupted, type MilpSolution } from "./highs-runner";
import { buildCoverMilp, cappedGroups, coverChosen, coverStart } from "./milp-cover";
import { reduceCover, type ReducedCover } from "./reduce-cover";
import type { OptimizeResult, ResultStatus } from "./types";
import type { ResolvedOptions } from "./validate";

interface Ids {
  demandIds: string[];
  candidateIds: string[];
}

/** Relative gap |bound - objective| / |objective|; 0 when both are 0, null when undefined. */
export function relativeGap(objective: number, bound: number | null): number | null {
  if (bound === null) return null;
  if (objective === 0) return bound === 0 ? 0 : null;
  return Math.abs(bound - objective) / Math.abs(objective);
}

function finish(
  pb: CoverProblem,
  resolved: ResolvedOptions,
  ids: Ids,
  t0: number,
  chosen: number[],
  solver: "greedy" | "exact",
  status: ResultStatus,
  bound: number | null,
  maxShare?: number,
): OptimizeResult {
  const { order, steps, coveredWeight } = explainCover(pb, chosen, ids.demandIds, ids.candidateIds);
  const objective = resolved.objective === "lscp" ? order.length : coveredWeight;
  const share = pb.totalWeight > 0 ? coveredWeight / pb.totalWeight : 1;
  const result: OptimizeResult = {
    selected: order.map((j) => ids.candidateIds[j]),
    objective,
    bound,
    gap: relativeGap(objective, bound),
    ms: performance.now() - t0,
    solver,
    status,
    steps,
    coveredShare: share,
  };
  if (maxShare !== undefined) result.maxAchievableShare = maxShare;
  return result;
}

const toOrder = (r: { open: number[]; coveredWeight: number }) => ({ order: r.open, coveredWeight: r.coveredWeight });

function runGreedy(pb: CoverProblem, resolved: ResolvedOptions) {
  const lscp = resolved.objective === "lscp";
  const W = pb.totalWeight;
  // absolute slack so that a share of exactly `target` counts as reached despite rounding
  const targetWeight = resolved.target * W - 1e-9 * Math.max(W, 1);
  const first = lscp ? lazyGreedyCover(pb, Infinity, targetWeight) : lazyGreedyCover(pb, resolved.p);
  const feasible = !lscp || first.coveredWeight >= targetWeight;
  const maxShare = feasible ? undefined : first.coveredWeight / Math.max(W, Number.MIN_VALUE);
  // the online bound holds for any p sites, so the greedy run's bound stays valid after the swaps
  const onlineBound = lscp ? null : mclpOnlineBound(pb, first, resolved.p);
  // greedy alone stays 1-4 % below the MCLP optimum on clustered data; 1-swaps close most of it
  const greedy: Pick<GreedyCoverResult, "order" | "coveredWeight"> = lscp ? first : toOrder(improveCover(pb, first.order));
  return { greedy, feasible, maxShare, targetWeight, onlineBound };
}

/** Lazy-greedy MCLP/LSCP (MCLP also gets the submodular online bound); `ms` counts from t0 (performance.now()). */
export function solveCoverGreedy(pb: CoverProblem, resolved: ResolvedOptions, ids: Ids, t0: number): OptimizeResult {
  const { greedy, feasible, maxShare, onlineBound } = runGreedy(pb, resolved);
  return finish(pb, resolved, ids, t0, greedy.order, "greedy", feasible ? "heuristic" : "infeasible", onlineBound, maxShare);
}

/** Exact MCLP/LSCP with HiGHS in a worker, warm-started by the greedy answer, which is also the fallback. */
export async function solveCoverExact(pb: CoverProblem, resolved: ResolvedOptions, ids: Ids, t0: number): Promise<OptimizeResult> {
  const lscp = resolved.objective === "lscp";
  const W = pb.totalWeight;
  const { greedy, feasible: greedyFeasible, maxShare: greedyMaxShare, targetWeight, onlineBound } = runGreedy(pb, resolved);
  const rc = reduceCover(pb);
  const capped = cappedGroups(rc, pb).size > 0;
  if (!lscp && rc.cols.length <= resolved.p && !capped) {
    const r = finish(pb, resolved, ids, t0, rc.cols, "exact", "optimal", null);
    return { ...r, bound: r.objective, gap: 0 };
  }
  if (lscp && rc.fixedWeight >= targetWeight) return finish(pb, resolved, ids, t0, [], "exact", "optimal", 0);
  if (lscp && !capped) {
    const reachable = rc.fixedWeight + rc.rowWeight.reduce((s, w) => s + w, 0);
    if (reachable < targetWeight) {
      // without caps, opening everything is the coverage maximum: provably infeasible
      return finish(pb, resolved, ids, t0, rc.cols, "exact", "infeasible", null, reachable / W);
    }
  }
  const deadline = t0 + resolved.timeLimitSec * 1000;
  const session = new HighsSession(resolved.workerPath, resolved.signal);
  try {
    const spec = lscp ? { kind: "lscp" as const, targetWeight: targetWeight - rc.fixedWeight } : { kind: "mclp" as const, p: resolved.p };
    const sol = await solveWithin(session, rc, pb, spec, greedyFeasible ? greedy.order : [], resolved, deadline);
    if (lscp && sol.status === "infeasible") {
      // caps made the target unreachable: report the most coverage the caps allow
      const best = await solveWithin(session, rc, pb, { kind: "mclp", p: rc.cols.length }, greedy.order, resolved, deadline);
      const chosen = best.colValue ? coverChosen(rc, best.colValue) : greedy.order;
      const r = finish(pb, resolved, ids, t0, chosen, "exact", "infeasible", null);
      const maxShare = best.status === "optimal" ? r.coveredShare : Math.min(1, (rc.fixedWeight + (best.dualBound ?? W)) / W);
      return { ...r, maxAchievableShare: maxShare };
    }
    return fromSolution(pb, resolved, ids, t0, rc, sol, greedy.order, greedyFeasible, onlineBound);
  } catch (e) {
    if (!(e instanceof SolveInterrupted)) throw e;
    return finish(pb, resolved, ids, t0, greedy.order, "exact", greedyFeasible ? "time_limit" : "infeasible", onlineBound, greedyMaxShare);
  } finally {
    session.close();
  }
}

async function solveWithin(
  session: HighsSession,
  rc: ReducedCover,
  pb: CoverProblem,
  spec: Parameters<typeof buildCoverMilp>[2],
  start: number[],
  resolved: ResolvedOptions,
  deadline: number,
): Promise<MilpSolution> {
  const model = buildCoverMilp(rc, pb, spec);
  const remaining = Math.max(0.05, (deadline - performance.now()) / 1000);
  const sol = await session.solve(model, { timeLimitSec: remaining, mipRelGap: resolved.mipRelGap }, start.length ? coverStart(rc, start) : undefined);
  // MCLP models are always feasible (open nothing); only an LSCP target can be infeasible
  if (sol.status === "other" || (sol.status === "infeasible" && spec.kind === "mclp")) {
    throw new OptimizeSolverError(`HiGHS ended with model status ${sol.statusCode}`);
  }
  return sol;
}

function fromSolution(
  pb: CoverProblem,
  resolved: ResolvedOptions,
  ids: Ids,
  t0: number,
  rc: ReducedCover,
  sol: MilpSolution,
  greedyOrder: number[],
  greedyFeasible: boolean,
  onlineBound: number | null,
): OptimizeResult {
  const lscp = resolved.objective === "lscp";
  const status: ResultStatus = sol.status === "optimal" ? "optimal" : "time_limit";
  const fromSolver = sol.colValue ? finish(pb, resolved, ids, t0, coverChosen(rc, sol.colValue), "exact", status, null) : null;
  const fromGreedy = greedyFeasible ? finish(pb, resolved, ids, t0, greedyOrder, "exact", status, null) : null;
  // keep the better of the incumbent and the heuristic (the incumbent should never be worse)
  let best = fromSolver ?? fromGreedy;
  if (fromSolver && fromGreedy) {
    const greedyBetter = lscp ? fromGreedy.objective < fromSolver.objective : fromGreedy.objective > fromSolver.objective;
    if (greedyBetter) best = fromGreedy;
  }
  const lscpBound = sol.dualBound === null ? null : Math.max(0, Math.ceil(sol.dualBound - 1e-6));
  // no feasible answer yet from either side: out of time, not proven infeasible
  if (!best) return finish(pb, resolved, ids, t0, greedyOrder, "exact", "time_limit", lscpBound);
  let bound: number | null;
  if (sol.status === "optimal" && resolved.mipRelGap === 0) bound = best.objective;
  else if (lscp) bound = lscpBound;
  else {
    // HiGHS may stop before it has a finite bound; the greedy online bound is always valid
    const highs = sol.dualBound === null ? Infinity : rc.fixedWeight + sol.dualBound;
    bound = Math.max(best.objective, Math.min(highs, onlineBound ?? Infinity));
  }
  return { ...best, bound, gap: relativeGap(best.objective, bound), ms: performance.now() - t0 };
}
