import type { OptimizeStep } from "./types";
import type { Prepared, ResolvedOptions } from "./validate";

/** A p-median instance restricted to the candidates that may be opened. */
export interface PMedianProblem {
  n: number;
  weights: Float64Array;
  /** Candidate index of each eligible column. */
  cols: Int32Array;
  /** Column-major penalised costs: ct[c * n + i] for column c and demand i. */
  ct: Float64Array;
  /** Per-demand cost with no new site: min(penalty, nearest fixed site). */
  base: Float64Array;
  /** Cost charged to demand with no reachable open site. */
  penalty: number;
  groupOf: Int32Array;
  groupCap: Float64Array;
}

/**
 * Builds the p-median problem: Infinity costs become the penalty, candidates reaching less
 * than minGain weight (finite cost, or within threshold when given) are dropped.
 */
export function buildPMedianProblem(prepared: Prepared, costs: Float64Array, resolved: ResolvedOptions): PMedianProblem {
  const { n, m, weights, fixed, allowed } = prepared;
  let maxFinite = 0;
  for (let k = 0; k < costs.length; k++) {
    const c = costs[k];
    if (c !== Infinity && c > maxFinite && (fixed[k % m] || allowed[k % m])) maxFinite = c;
  }
  const penalty = resolved.unreachableCost ?? Math.max(2 * maxFinite, 1);
  const reachLimit = resolved.threshold ?? Infinity;
  const cols: number[] = [];
  for (let j = 0; j < m; j++) {
    if (!allowed[j]) continue;
    let reach = 0;
    for (let i = 0; i < n; i++) {
      const c = costs[i * m + j];
      if (c !== Infinity && c <= reachLimit) reach += weights[i];
    }
    if (reach >= resolved.minGain) cols.push(j);
  }
  const ct = new Float64Array(cols.length * n);
  cols.forEach((j, c) => {
    for (let i = 0; i < n; i++) ct[c * n + i] = Math.min(costs[i * m + j], penalty);
  });
  const base = new Float64Array(n).fill(penalty);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) if (fixed[j] && costs[i * m + j] < base[i]) base[i] = costs[i * m + j];
  }
  return { n, weights, cols: Int32Array.from(cols), ct, base, penalty, groupOf: prepared.groupOf, groupCap: prepared.groupCap };
}

/** Σ weight × cost (cost units × weight units) when the given columns are opened. */
export function pmedianCost(pb: PMedianProblem, open: ArrayLike<number>): number {
  const d = pb.base.slice();
  for (let k = 0; k < open.length; k++) {
    const off = open[k] * pb.n;
    for (let i = 0; i < pb.n; i++) if (pb.ct[off + i] < d[i]) d[i] = pb.ct[off + i];
  }
  let total = 0;
  for (let i = 0; i < pb.n; i++) total += pb.weights[i] * d[i];
  return total;
}

/** Weighted cost reduction (cost × weight units) from opening column c given current costs d. */
export function pmedianGain(pb: PMedianProblem, d: Float64Array, c: number): number {
  const off = c * pb.n;
  let g = 0;
  for (let i = 0; i < pb.n; i++) {
    const diff = d[i] - pb.ct[off + i];
    if (diff > 0) g += pb.weights[i] * diff;
  }
  return g;
}

/**
 * Orders chosen columns greedily by cost reduction (ties: lower column) and drops columns
 * that reduce nothing; returns the order, steps and the final weighted cost.
 */
export function explainPMedian(
  pb: PMedianProblem,
  chosen: number[],
  demandIds: string[],
  candidateIds: string[],
): { order: number[]; steps: OptimizeStep[]; cost: number } {
  const d = pb.base.slice();
  let cost = 0;
  for (let i = 0; i < pb.n; i++) cost += pb.weights[i] * d[i];
  const remaining = [...new Set(chosen)].sort((a, b) => a - b);
  const order: number[] = [];
  const steps: OptimizeStep[] = [];
  while (remaining.length > 0) {
    let best = -1;
    let bestGain = 0;
    for (let r = 0; r < remaining.length; r++) {
      const g = pmedianGain(pb, d, remaining[r]);
      if (g > bestGain) {
        bestGain = g;
        best = r;
      }
    }
    if (best < 0) break; // supermodular cost: once nothing helps, nothing left will
    const c = remaining.splice(best, 1)[0];
    const off = c * pb.n;
    const moved: string[] = [];
    for (let i = 0; i < pb.n; i++) {
      if (pb.ct[off + i] < d[i]) {
        d[i] = pb.ct[off + i];
        moved.push(demandIds[i]);
      }
    }
    cost -= bestGain;
    order.push(c);
    steps.push({ candidateId: candidateIds[pb.cols[c]], marginalGain: bestGain, coveredDemandIds: moved, objectiveAfter: cost });
  }
  // re-sum rather than trust the running difference, which drifts in floating point
  return { order, steps, cost: pmedianCost(pb, order) };
}
