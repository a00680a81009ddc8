/**
 * The multinomial-logit maximum-capture problem (objective "sales"): a buyer at demand point i picks a
 * facility in reach with probability v_ij / (C_i + Σ_open v_ij), v = attractiveness · e^(−λ·cost),
 * C_i = Σ of the competitors' v in reach. A buyer with no facility in reach buys nothing. The captured
 * weight Σ_i w_i·x_i/(C_i + x_i), x_i = Σ of our open v, is a concave function of a sum over open
 * sites at each point, hence monotone submodular in the set of open sites: greedy gets ≥ (1 − 1/e) of
 * the optimum and the online bound holds.
 */
import { OptimizeInputError } from "./errors";
import type { Instance, OptimizeStep } from "./types";
import type { Prepared, ResolvedOptions } from "./validate";

export interface SalesProblem {
  n: number;
  m: number;
  weights: Float64Array;
  totalWeight: number;
  /** candidate-major CSR: demand points in reach of candidate j and the utility there */
  start: Int32Array;
  demand: Int32Array;
  utility: Float64Array;
  /** competitors' utility in reach, per demand point */
  competitor: Float64Array;
  /** utility of the existing (fixed) sites, per demand point */
  base: Float64Array;
  fixed: Uint8Array;
  /** 1 = may be opened: allowed and capturing at least minGain on its own */
  eligible: Uint8Array;
  groupOf: Int32Array;
  groupCap: Float64Array;
}

/** Where a facility's sales come from when it opens on top of the others. */
export interface SalesSources {
  /** expected sales of the new facility (weight units) */
  expectedSales: number;
  /** buyers who had no facility (ours or a competitor's) in reach before */
  newBuyers: number;
  fromCompetitors: number;
  fromOwn: number;
}

function checkArray(values: unknown, length: number, field: string): number[] {
  if (!Array.isArray(values) || values.length !== length) throw new OptimizeInputError(field, `expected ${length} numbers`);
  values.forEach((v, k) => {
    if (typeof v !== "number" || !Number.isFinite(v) || v <= 0) throw new OptimizeInputError(`${field}[${k}]`, "expected a positive number");
  });
  return values as number[];
}

/** In reach: cost ≤ threshold when the instance has one, else any finite cost. */
const inReach = (cost: number, threshold: number | null) => cost < Infinity && (threshold === null || cost <= threshold);

/** Builds the sales problem from a dense instance (competitorCosts: demand-major, one column per competitor). */
export function buildSalesProblem(prepared: Prepared, instance: Instance, resolved: ResolvedOptions): SalesProblem {
  const { n, m } = prepared;
  const lambda = resolved.lambda;
  const threshold = resolved.threshold;
  const attractiveness = instance.attractiveness === undefined ? null : checkArray(instance.attractiveness, m, "attractiveness");
  const cc = instance.competitorCosts ?? new Float64Array(0);
  if (!(cc instanceof Float64Array)) throw new OptimizeInputError("competitorCosts", "expected a Float64Array");
  const c = n > 0 ? cc.length / n : 0;
  if (!Number.isInteger(c)) throw new OptimizeInputError("competitorCosts", `expected ${n} rows of equal length (demand-major), got ${cc.length} entries`);
  const compAttr = instance.competitorAttractiveness === undefined ? null : checkArray(instance.competitorAttractiveness, c, "competitorAttractiveness");
  const competitor = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < c; k++) {
      const cost = cc[i * c + k];
      if (!(cost >= 0)) throw new OptimizeInputError(`competitorCosts[${i * c + k}]`, "expected a non-negative number or Infinity");
      if (inReach(cost, threshold)) competitor[i] += (compAttr ? compAttr[k] : 1) * Math.exp(-lambda * cost);
    }
  }
  const counts = new Int32Array(m + 1);
  for (let i = 0; i < n; i++) for (let j = 0; j < m; j++) if (inReach(instance.costs[i * m + j], threshold)) counts[j + 1]++;
  for (let j = 0; j < m; j++) counts[j + 1] += counts[j];
  const start = counts.slice();
  const demand = new Int32Array(start[m]);
  const utility = new Float64Array(start[m]);
  const fill = counts.slice(0, m);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      const cost = instance.costs[i * m + j];
      if (!inReach(cost, threshold)) continue;
      const at = fill[j]++;
      demand[at] = i;
      utility[at] = (attractiveness ? attractiveness[j] : 1) * Math.exp(-lambda * cost);
    }
  }
  const base = new Float64Array(n);
  for (let j = 0; j < m; j++) if (prepared.fixed[j]) for (let k = start[j]; k < start[j + 1]; k++) base[demand[k]] += utility[k];
  const pb: SalesProblem = {
    n, m, weights: prepared.weights, totalWeight: prepared.totalWeight, start, demand, utility, competitor, base,
    fixed: prepared.fixed, eligible: new Uint8Array(m), groupOf: prepared.groupOf, groupCap: prepared.groupCap,
  };
  for (let j = 0; j < m; j++) pb.eligible[j] = prepared.allowed[j] && salesGain(pb, base, j) >= resolved.minGain ? 1 : 0;
  return pb;
}

/** Captured weight at one demand point with our utility x there. */
export function capturedAt(pb: SalesProblem, i: number, x: number): number {
  const s = x + pb.competitor[i];
  return s > 0 ? (pb.weights[i] * x) / s : 0;
}

/** Our utility per demand point with the fixed sites and `open` open. */
export function ourUtility(pb: SalesProblem, open: readonly number[]): Float64Array {
  const x = pb.base.slice();
  for (const j of open) for (let k = pb.start[j]; k < pb.start[j + 1]; k++) x[pb.demand[k]] += pb.utility[k];
  return x;
}

/** Total captured weight for utilities x. */
export function capturedWeight(pb: SalesProblem, x: Float64Array): number {
  let total = 0;
  for (let i = 0; i < pb.n; i++) total += capturedAt(pb, i, x[i]);
  return total;
}

/** Captured weight gained by opening j on top of utilities x. */
export function salesGain(pb: SalesProblem, x: Float64Array, j: number): number {
  let g = 0;
  for (let k = pb.start[j]; k < pb.start[j + 1]; k++) {
    const i = pb.demand[k];
    g += capturedAt(pb, i, x[i] + pb.utility[k]) - capturedAt(pb, i, x[i]);
  }
  return g;
}

/** Opens j: adds its utilities to x. */
export function applySales(pb: SalesProblem, x: Float64Array, j: number): void {
  for (let k = pb.start[j]; k < pb.start[j + 1]; k++) x[pb.demand[k]] += pb.utility[k];
}

/** Splits what j would sell on top of x into new buyers, competitors' buyers and our own dealers' buyers. */
export function salesSources(pb: SalesProblem, x: Float64Array, j: number): SalesSources {
  const out: SalesSources = { expectedSales: 0, newBuyers: 0, fromCompetitors: 0, fromOwn: 0 };
  for (let k = pb.start[j]; k < pb.start[j + 1]; k++) {
    const i = pb.demand[k];
    const v = pb.utility[k];
    const w = pb.weights[i];
    const c = pb.competitor[i];
    const before = c + x[i];
    const after = before + v;
    if (after <= 0) continue;
    out.expectedSales += (w * v) / after;
    if (before === 0) out.newBuyers += w;
    else {
      out.fromCompetitors += (w * c) / before - (w * c) / after;
      out.fromOwn += (w * x[i]) / before - (w * x[i]) / after;
    }
  }
  return out;
}

/** The steps of a chosen set, in greedy order of marginal gain, with where each site's sales come from. */
export function explainSales(pb: SalesProblem, chosen: readonly number[], demandIds: string[], candidateIds: string[]): { order: number[]; steps: OptimizeStep[]; captured: number } {
  const x = pb.base.slice();
  let captured = capturedWeight(pb, x);
  const left = [...chosen];
  const order: number[] = [];
  const steps: OptimizeStep[] = [];
  while (left.length) {
    let at = 0;
    let best = -Infinity;
    left.forEach((j, k) => {
      const g = salesGain(pb, x, j);
      if (g > best || (g === best && j < left[at])) {
        best = g;
        at = k;
      }
    });
    const j = left.splice(at, 1)[0];
    if (!(best > 0)) continue; // a site that adds nothing is dropped, as for MCLP
    const sources = salesSources(pb, x, j);
    const reached: string[] = [];
    for (let k = pb.start[j]; k < pb.start[j + 1]; k++) if (pb.competitor[pb.demand[k]] + x[pb.demand[k]] === 0) reached.push(demandIds[pb.demand[k]]);
    applySales(pb, x, j);
    captured += best;
    order.push(j);
    steps.push({ candidateId: candidateIds[j], marginalGain: best, coveredDemandIds: reached, objectiveAfter: captured, sales: sources });
  }
  return { order, steps, captured: capturedWeight(pb, x) };
}
