import { OptimizeInputError } from "./errors";
import type { Objective, OptimizeOptions, SolverKind, SparseCoverage } from "./types";

/** Instance data in the typed-array form every solver works on. */
export interface Prepared {
  n: number;
  m: number;
  demandIds: string[];
  candidateIds: string[];
  weights: Float64Array;
  totalWeight: number;
  /** 1 = existing site, always open. */
  fixed: Uint8Array;
  /** 1 = may be opened as a new site (non-fixed, not excluded; minGain applied later). */
  allowed: Uint8Array;
  /** Group index per candidate, -1 = ungrouped. */
  groupOf: Int32Array;
  /** Max new sites per group index; Infinity = uncapped. */
  groupCap: Float64Array;
}

/** Options with defaults filled in and ranges checked. */
export interface ResolvedOptions {
  objective: Objective;
  p: number;
  threshold: number | null;
  target: number;
  solver: SolverKind;
  timeLimitSec: number;
  mipRelGap: number;
  minGain: number;
  unreachableCost: number | null;
  /** sales only (0 otherwise) */
  lambda: number;
  signal?: AbortSignal;
  workerPath?: string;
}

const OBJECTIVES: readonly Objective[] = ["mclp", "pmedian", "lscp", "sales"];

function checkIds(ids: unknown, field: string): string[] {
  if (!Array.isArray(ids)) throw new OptimizeInputError(field, "expected an array of ids");
  const seen = new Set<string>();
  ids.forEach((id, k) => {
    if (typeof id !== "string" || id === "") throw new OptimizeInputError(`${field}[${k}]`, "expected a non-empty string");
    if (seen.has(id)) throw new OptimizeInputError(`${field}[${k}]`, `duplicate id "${id}"`);
    seen.add(id);
  });
  return ids as string[];
}

function nonNegative(value: unknown, field: string): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
    throw new OptimizeInputError(field, "expected a non-negative finite number");
  }
  return value;
}

/** Checks ids, weights, fixed flags, constraints and options; returns typed arrays and resolved options. */
export function prepareInstance(
  demandIds: string[],
  weights: Float64Array | number[],
  candidateIds: string[],
  fixed: boolean[],
  options: OptimizeOptions,
  thresholdRequired = true,
): { prepared: Prepared; resolved: ResolvedOptions } {
  checkIds(demandIds, "demandIds");
  checkIds(candidateIds, "candidateIds");
  const n = demandIds.length;
  const m = candidateIds.length;
  if (weights == null || weights.length !== n) {
    throw new OptimizeInputError("weights", `expected ${n} weights (one per demand point), got ${weights?.length ?? 0}`);
  }
  const w = new Float64Array(n);
  let totalWeight = 0;
  for (let i = 0; i < n; i++) {
    w[i] = nonNegative(weights[i], `weights[${i}]`);
    totalWeight += w[i];
  }
  if (!Array.isArray(fixed) || fixed.length !== m) {
    throw new OptimizeInputError("fixed", `expected ${m} booleans (one per candidate), got ${fixed?.length ?? 0}`);
  }
  const fixedMask = new Uint8Array(m);
  const allowed = new Uint8Array(m);
  fixed.forEach((f, j) => {
    if (typeof f !== "boolean") throw new OptimizeInputError(`fixed[${j}]`, "expected a boolean");
    fixedMask[j] = f ? 1 : 0;
    allowed[j] = f ? 0 : 1;
  });
  const index = new Map(candidateIds.map((id, j) => [id, j]));
  (options.excludeCandidateIds ?? []).forEach((id, k) => {
    const j = index.get(id);
    const field = `excludeCandidateIds[${k}]`;
    if (j === undefined) throw new OptimizeInputError(field, `unknown candidate "${id}"`);
    if (fixedMask[j]) throw new OptimizeInputError(field, `"${id}" is an existing (fixed) site and is always open`);
    allowed[j] = 0;
  });
  const { groupOf, groupCap } = resolveGroups(options, m);
  const resolved = resolveOptions(options, allowed, thresholdRequired);
  const prepared: Prepared = { n, m, demandIds, candidateIds, weights: w, totalWeight, fixed: fixedMask, allowed, groupOf, groupCap };
  return { prepared, resolved };
}

function resolveGroups(options: OptimizeOptions, m: number): { groupOf: Int32Array; groupCap: Float64Array } {
  const groupOf = new Int32Array(m).fill(-1);
  const { candidateGroups, maxPerGroup } = options;
  if (candidateGroups === undefined) {
    if (maxPerGroup !== undefined) throw new OptimizeInputError("candidateGroups", "required when maxPerGroup is set");
    return { groupOf, groupCap: new Float64Array(0) };
  }
  if (!Array.isArray(candidateGroups) || candidateGroups.length !== m) {
    throw new OptimizeInputError("candidateGroups", `expected ${m} group labels (one per candidate)`);
  }
  const names: string[] = [];
  const byName = new Map<string, number>();
  candidateGroups.forEach((g, j) => {
    if (typeof g !== "string") throw new OptimizeInputError(`candidateGroups[${j}]`, "expected a string");
    if (g === "") return; // "" = ungrouped, never capped
    let gi = byName.get(g);
    if (gi === undefined) {
      gi = names.length;
      names.push(g);
      byName.set(g, gi);
    }
    groupOf[j] = gi;
  });
  const groupCap = new Float64Array(names.length).fill(Infinity);
  const capField = (value: unknown, field: string) => {
    if (typeof value !== "number" || !Number.isInteger(value) || value < 0) {
      throw new OptimizeInputError(field, "expected a non-negative integer");
    }
    return value;
  };
  if (typeof maxPerGroup === "number") groupCap.fill(capField(maxPerGroup, "maxPerGroup"));
  else if (maxPerGroup !== undefined) {
    for (const [g, cap] of Object.entries(maxPerGroup)) {
      const gi = byName.get(g);
      if (gi === undefined) throw new OptimizeInputError(`maxPerGroup.${g}`, `no candidate is in group "${g}"`);
      groupCap[gi] = capField(cap, `maxPerGroup.${g}`);
    }
  }
  return { groupOf, groupCap };
}

function resolveOptions(options: OptimizeOptions, allowed: Uint8Array, thresholdRequired: boolean): ResolvedOptions {
  const objective = options.objective;
  if (!OBJECTIVES.includes(objective)) throw new OptimizeInputError("objective", `expected one of ${OBJECTIVES.join(", ")}`);
  const solver = options.solver ?? "greedy";
  if (solver !== "greedy" && solver !== "exact") throw new OptimizeInputError("solver", "expected greedy or exact");
  let available = 0;
  for (let j = 0; j < allowed.length; j++) available += allowed[j];
  let p = 0;
  if (objective !== "lscp") {
    if (options.p === undefined) throw new OptimizeInputError("p", `required for ${objective}`);
    if (!Number.isInteger(options.p) || options.p < 0) throw new OptimizeInputError("p", "expected a non-negative integer");
    if (options.p > available) {
      throw new OptimizeInputError("p", `${options.p} new sites requested but only ${available} candidates can be opened`);
    }
    p = options.p;
  }
  let threshold: number | null = null;
  if (options.threshold !== undefined) threshold = nonNegative(options.threshold, "threshold");
  // sales: an optional reach limit (buyers choose only among facilities within it)
  else if (objective !== "pmedian" && objective !== "sales" && thresholdRequired) throw new OptimizeInputError("threshold", `required for ${objective}`);
  const target = options.target ?? 0.9;
  if (typeof target !== "number" || !(target > 0 && target <= 1)) throw new OptimizeInputError("target", "expected a share in (0, 1]");
  const timeLimitSec = options.timeLimitSec ?? 60;
  if (typeof timeLimitSec !== "number" || !(timeLimitSec > 0) || !Number.isFinite(timeLimitSec)) {
    throw new OptimizeInputError("timeLimitSec", "expected a positive number of seconds");
  }
  const mipRelGap = options.mipRelGap ?? 0;
  if (typeof mipRelGap !== "number" || !(mipRelGap >= 0 && mipRelGap < 1)) throw new OptimizeInputError("mipRelGap", "expected a number in [0, 1)");
  const minGain = options.minGain === undefined ? 0 : nonNegative(options.minGain, "minGain");
  let unreachableCost: number | null = null;
  if (options.unreachableCost !== undefined) {
    unreachableCost = nonNegative(options.unreachableCost, "unreachableCost");
    if (unreachableCost === 0) throw new OptimizeInputError("unreachableCost", "expected a positive number");
  }
  let lambda = 0;
  if (objective === "sales") {
    if (options.lambda === undefined) throw new OptimizeInputError("lambda", "required for sales");
    lambda = nonNegative(options.lambda, "lambda");
  }
  return { objective, p, threshold, target, solver, timeLimitSec, mipRelGap, minGain, unreachableCost, lambda, signal: options.signal, workerPath: options.workerPath };
}

/** Checks the dense matrix size and entries (NaN or negative costs are rejected; Infinity is allowed). */
export function validateCosts(costs: Float64Array, n: number, m: number): void {
  if (!(costs instanceof Float64Array)) throw new OptimizeInputError("costs", "expected a Float64Array");
  if (costs.length !== n * m) {
    throw new OptimizeInputError("costs", `expected ${n} x ${m} = ${n * m} entries (demand-major), got ${costs.length}`);
  }
  for (let k = 0; k < costs.length; k++) {
    const c = costs[k];
    if (!(c >= 0)) {
      const i = Math.floor(k / m);
      throw new OptimizeInputError(`costs[${k}]`, `demand ${i} to candidate ${k - i * m} is ${c}; expected a non-negative number or Infinity`);
    }
  }
}

/** Checks the CSR shape and that every demand index is in range. */
export function validateCoverage(coverage: SparseCoverage, n: number, m: number): void {
  const { start, demand } = coverage ?? {};
  if (!(start instanceof Int32Array) || start.length !== m + 1) throw new OptimizeInputError("coverage.start", `expected an Int32Array of ${m + 1} offsets`);
  if (!(demand instanceof Int32Array)) throw new OptimizeInputError("coverage.demand", "expected an Int32Array");
  if (start[0] !== 0 || start[m] !== demand.length) throw new OptimizeInputError("coverage.start", "must start at 0 and end at coverage.demand.length");
  for (let j = 0; j < m; j++) {
    if (start[j + 1] < start[j]) throw new OptimizeInputError(`coverage.start[${j + 1}]`, "offsets must not decrease");
  }
  // a repeated demand index would be counted twice in every gain
  const seenBy = new Int32Array(n).fill(-1);
  for (let j = 0; j < m; j++) {
    for (let k = start[j]; k < start[j + 1]; k++) {
      const i = demand[k];
      if (!(i >= 0 && i < n)) throw new OptimizeInputError(`coverage.demand[${k}]`, `demand index ${i} out of range 0..${n - 1}`);
      if (seenBy[i] === j) throw new OptimizeInputError(`coverage.demand[${k}]`, `demand ${i} listed twice for candidate ${j}`);
      seenBy[i] = j;
    }
  }
}
