import type { SparseCoverage } from "./types";

/** Candidate-major coverage from a dense demand-major matrix: demand with cost <= threshold (same unit as costs). */
export function coverageFromCosts(costs: Float64Array, n: number, m: number, threshold: number): SparseCoverage {
  const start = new Int32Array(m + 1);
  for (let i = 0; i < n; i++) {
    const row = i * m;
    for (let j = 0; j < m; j++) if (costs[row + j] <= threshold) start[j + 1]++;
  }
  for (let j = 0; j < m; j++) start[j + 1] += start[j];
  const fill = start.slice(0, m);
  const demand = new Int32Array(start[m]);
  // demand-major scan keeps every candidate's list sorted by demand index
  for (let i = 0; i < n; i++) {
    const row = i * m;
    for (let j = 0; j < m; j++) if (costs[row + j] <= threshold) demand[fill[j]++] = i;
  }
  return { start, demand };
}

/** Demand-major view of a coverage: candidates (sorted by index) covering each demand point. */
export function transposeCoverage(coverage: SparseCoverage, n: number): { start: Int32Array; cand: Int32Array } {
  const m = coverage.start.length - 1;
  const start = new Int32Array(n + 1);
  for (let k = 0; k < coverage.demand.length; k++) start[coverage.demand[k] + 1]++;
  for (let i = 0; i < n; i++) start[i + 1] += start[i];
  const fill = start.slice(0, n);
  const cand = new Int32Array(coverage.demand.length);
  for (let j = 0; j < m; j++) {
    for (let k = coverage.start[j]; k < coverage.start[j + 1]; k++) cand[fill[coverage.demand[k]]++] = j;
  }
  return { start, cand };
}

/** Total demand weight within reach of each candidate (weight units, e.g. vehicles). */
export function reachableWeight(coverage: SparseCoverage, weights: Float64Array): Float64Array {
  const m = coverage.start.length - 1;
  const out = new Float64Array(m);
  for (let j = 0; j < m; j++) {
    let s = 0;
    for (let k = coverage.start[j]; k < coverage.start[j + 1]; k++) s += weights[coverage.demand[k]];
    out[j] = s;
  }
  return out;
}
