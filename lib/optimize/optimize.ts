import { buildCoverProblem } from "./cover-problem";
import { coverageFromCosts } from "./coverage";
import { OptimizeInputError } from "./errors";
import { buildPMedianProblem } from "./pmedian-problem";
import { solveCoverExact, solveCoverGreedy } from "./solve-cover";
import { solvePMedianExact, solvePMedianGreedy } from "./solve-pmedian";
import { buildSalesProblem } from "./sales-problem";
import { solveSalesExact, solveSalesGreedy } from "./solve-sales";
import type { CoverageInstance, Instance, OptimizeOptions, OptimizeResult } from "./types";
import { prepareInstance, validateCosts, validateCoverage } from "./validate";

/** Options for a coverage-only instance: the threshold is already baked into the coverage lists. */
export type CoverageOptions = Omit<OptimizeOptions, "objective" | "threshold" | "unreachableCost"> & { objective: "mclp" | "lscp" };

function requireObject(value: unknown, field: string): void {
  if (value === null || typeof value !== "object") throw new OptimizeInputError(field, "expected an object");
}

function prepareDense(instance: Instance, options: OptimizeOptions) {
  requireObject(instance, "instance");
  requireObject(options, "options");
  const { prepared, resolved } = prepareInstance(instance.demandIds, instance.weights, instance.candidateIds, instance.fixed, options);
  validateCosts(instance.costs, prepared.n, prepared.m);
  return { prepared, resolved };
}

function prepareCoverage(instance: CoverageInstance, options: CoverageOptions) {
  requireObject(instance, "instance");
  requireObject(options, "options");
  if (options.objective !== "mclp" && options.objective !== "lscp") throw new OptimizeInputError("objective", "expected mclp or lscp for a coverage instance");
  const { prepared, resolved } = prepareInstance(instance.demandIds, instance.weights, instance.candidateIds, instance.fixed, options, false);
  validateCoverage(instance.coverage, prepared.n, prepared.m);
  const ids = { demandIds: instance.demandIds, candidateIds: instance.candidateIds };
  return { pb: buildCoverProblem(prepared, instance.coverage, resolved.minGain), resolved, ids };
}

/**
 * Site suggestions on a dense instance. Resolves to the chosen new sites with per-step
 * explanations; objective = covered weight (MCLP), Σ weight × cost in the matrix unit
 * (p-median), number of new sites (LSCP) or captured weight against competitors (sales). Throws OptimizeInputError on invalid input.
 */
export async function optimize(instance: Instance, options: OptimizeOptions): Promise<OptimizeResult> {
  const t0 = performance.now();
  const { prepared, resolved } = prepareDense(instance, options);
  const ids = { demandIds: instance.demandIds, candidateIds: instance.candidateIds };
  if (resolved.objective === "pmedian") {
    const pb = buildPMedianProblem(prepared, instance.costs, resolved);
    return resolved.solver === "exact" ? solvePMedianExact(pb, resolved, ids, t0) : solvePMedianGreedy(pb, resolved, ids, t0);
  }
  if (resolved.objective === "sales") {
    const pb = buildSalesProblem(prepared, instance, resolved);
    return resolved.solver === "exact" ? solveSalesExact(pb, resolved, ids, t0) : solveSalesGreedy(pb, resolved, ids, t0);
  }
  const coverage = coverageFromCosts(instance.costs, prepared.n, prepared.m, resolved.threshold!);
  const pb = buildCoverProblem(prepared, coverage, resolved.minGain);
  return resolved.solver === "exact" ? solveCoverExact(pb, resolved, ids, t0) : solveCoverGreedy(pb, resolved, ids, t0);
}

/** Synchronous heuristic answer (lazy greedy; greedy + interchange for p-median), whatever options.solver says. */
export function optimizeGreedy(instance: Instance, options: OptimizeOptions): OptimizeResult {
  const t0 = performance.now();
  const { prepared, resolved } = prepareDense(instance, { ...options, solver: "greedy" });
  const ids = { demandIds: instance.demandIds, candidateIds: instance.candidateIds };
  if (resolved.objective === "pmedian") return solvePMedianGreedy(buildPMedianProblem(prepared, instance.costs, resolved), resolved, ids, t0);
  if (resolved.objective === "sales") return solveSalesGreedy(buildSalesProblem(prepared, instance, resolved), resolved, ids, t0);
  const coverage = coverageFromCosts(instance.costs, prepared.n, prepared.m, resolved.threshold!);
  return solveCoverGreedy(buildCoverProblem(prepared, coverage, resolved.minGain), resolved, ids, t0);
}

/** MCLP/LSCP over precomputed sparse coverage (e.g. from sparseCoverageFromCoordinates); same result shape as optimize. */
export async function optimizeCoverage(instance: CoverageInstance, options: CoverageOptions): Promise<OptimizeResult> {
  const t0 = performance.now();
  const { pb, resolved, ids } = prepareCoverage(instance, options);
  return resolved.solver === "exact" ? solveCoverExact(pb, resolved, ids, t0) : solveCoverGreedy(pb, resolved, ids, t0);
}

/** Synchronous lazy-greedy MCLP/LSCP over precomputed sparse coverage. */
export function optimizeCoverageGreedy(instance: CoverageInstance, options: CoverageOptions): OptimizeResult {
  const t0 = performance.now();
  const { pb, resolved, ids } = prepareCoverage(instance, { ...options, solver: "greedy" });
  return solveCoverGreedy(pb, resolved, ids, t0);
}
