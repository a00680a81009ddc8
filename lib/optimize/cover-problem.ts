import { reachableWeight } from "./coverage";
import type { OptimizeStep, SparseCoverage } from "./types";
import type { Prepared } from "./validate";

/** A covering instance (MCLP/LSCP) after constraints have been applied. */
export interface CoverProblem {
  n: number;
  m: number;
  weights: Float64Array;
  totalWeight: number;
  coverage: SparseCoverage;
  fixed: Uint8Array;
  /** 1 = may be opened: allowed and reaching at least minGain weight. */
  eligible: Uint8Array;
  groupOf: Int32Array;
  groupCap: Float64Array;
}

/** Builds the covering problem; candidates reaching less than `minGain` weight become ineligible. */
export function buildCoverProblem(prepared: Prepared, coverage: SparseCoverage, minGain: number): CoverProblem {
  const reach = reachableWeight(coverage, prepared.weights);
  const eligible = new Uint8Array(prepared.m);
  for (let j = 0; j < prepared.m; j++) eligible[j] = prepared.allowed[j] && reach[j] >= minGain ? 1 : 0;
  return {
    n: prepared.n,
    m: prepared.m,
    weights: prepared.weights,
    totalWeight: prepared.totalWeight,
    coverage,
    fixed: prepared.fixed,
    eligible,
    groupOf: prepared.groupOf,
    groupCap: prepared.groupCap,
  };
}

/** Demand covered by the fixed sites alone, and its weight. */
export function fixedCoverage(pb: CoverProblem): { covered: Uint8Array; coveredWeight: number } {
  const covered = new Uint8Array(pb.n);
  let coveredWeight = 0;
  const { start, demand } = pb.coverage;
  for (let j = 0; j < pb.m; j++) {
    if (!pb.fixed[j]) continue;
    for (let k = start[j]; k < start[j + 1]; k++) {
      const i = demand[k];
      if (!covered[i]) {
        covered[i] = 1;
        coveredWeight += pb.weights[i];
      }
    }
  }
  return { covered, coveredWeight };
}

/** Weight (weight units) candidate j would newly cover given the `covered` mask. */
export function coverGain(pb: CoverProblem, covered: Uint8Array, j: number): number {
  const { start, demand } = pb.coverage;
  let g = 0;
  for (let k = start[j]; k < start[j + 1]; k++) {
    const i = demand[k];
    if (!covered[i]) g += pb.weights[i];
  }
  return g;
}

/** Marks candidate j's demand covered; returns the newly covered demand indices. */
export function applyCover(pb: CoverProblem, covered: Uint8Array, j: number): number[] {
  const { start, demand } = pb.coverage;
  const fresh: number[] = [];
  for (let k = start[j]; k < start[j + 1]; k++) {
    const i = demand[k];
    if (!covered[i]) {
      covered[i] = 1;
      fresh.push(i);
    }
  }
  return fresh;
}

/**
 * Orders a chosen set greedily by marginal covered weight (ties: lower index) and drops
 * sites that add nothing; returns steps, their candidate indices and the covered weight.
 */
export function explainCover(
  pb: CoverProblem,
  chosen: number[],
  demandIds: string[],
  candidateIds: string[],
): { order: number[]; steps: OptimizeStep[]; coveredWeight: number } {
  const { covered, coveredWeight: base } = fixedCoverage(pb);
  let coveredWeight = base;
  const remaining = [...new Set(chosen)].sort((a, b) => a - b);
  const order: number[] = [];
  const steps: OptimizeStep[] = [];
  while (remaining.length > 0) {
    let best = -1;
    let bestGain = 0;
    for (let r = 0; r < remaining.length; r++) {
      const g = coverGain(pb, covered, remaining[r]);
      if (g > bestGain) {
        bestGain = g;
        best = r;
      }
    }
    // by submodularity nothing left can add coverage once the best gain is zero
    if (best < 0) break;
    const j = remaining.splice(best, 1)[0];
    const fresh = applyCover(pb, covered, j);
    coveredWeight += bestGain;
    order.push(j);
    steps.push({
      candidateId: candidateIds[j],
      marginalGain: bestGain,
      coveredDemandIds: fresh.map((i) => demandIds[i]),
      objectiveAfter: coveredWeight,
    });
  }
  return { order, steps, coveredWeight };
}
