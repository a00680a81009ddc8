// Brute-force reference answers straight from the problem definitions, for tests only.
// Deliberately shares no code with the solvers.
import type { Instance, OptimizeOptions } from "../types";

export interface BruteAnswer {
  objective: number;
  /** LSCP: largest share reachable, when the target is not. */
  maxShare?: number;
  feasible: boolean;
}

function candidatesAllowed(inst: Instance, opt: OptimizeOptions): number[] {
  const m = inst.candidateIds.length;
  const n = inst.demandIds.length;
  const w = Array.from(inst.weights);
  const excluded = new Set(opt.excludeCandidateIds ?? []);
  const reachLimit = opt.objective === "pmedian" ? (opt.threshold ?? Infinity) : opt.threshold!;
  const out: number[] = [];
  for (let j = 0; j < m; j++) {
    if (inst.fixed[j] || excluded.has(inst.candidateIds[j])) continue;
    let reach = 0;
    for (let i = 0; i < n; i++) {
      const c = inst.costs[i * m + j];
      if (c !== Infinity && c <= reachLimit) reach += w[i];
    }
    if (reach >= (opt.minGain ?? 0)) out.push(j);
  }
  return out;
}

function* subsets(items: number[], maxSize: number, from = 0, acc: number[] = []): Generator<number[]> {
  yield acc;
  if (acc.length === maxSize) return;
  for (let k = from; k < items.length; k++) yield* subsets(items, maxSize, k + 1, [...acc, items[k]]);
}

function capsOk(inst: Instance, opt: OptimizeOptions, set: number[]): boolean {
  if (opt.maxPerGroup === undefined || !opt.candidateGroups) return true;
  const counts = new Map<string, number>();
  for (const j of set) {
    const g = opt.candidateGroups[j];
    counts.set(g, (counts.get(g) ?? 0) + 1);
  }
  for (const [g, count] of counts) {
    const cap = typeof opt.maxPerGroup === "number" ? opt.maxPerGroup : (opt.maxPerGroup[g] ?? Infinity);
    if (count > cap) return false;
  }
  return true;
}

function covered(inst: Instance, open: number[], threshold: number): number {
  const m = inst.candidateIds.length;
  let s = 0;
  inst.demandIds.forEach((_, i) => {
    if (open.some((j) => inst.costs[i * m + j] <= threshold)) s += inst.weights[i];
  });
  return s;
}

/** Σ weight × min(penalty, nearest open cost) with the library's default penalty rule. */
export function pmedianCostOf(inst: Instance, open: number[], opt: OptimizeOptions): number {
  const m = inst.candidateIds.length;
  let maxFinite = 0;
  const excluded = new Set(opt.excludeCandidateIds ?? []);
  inst.costs.forEach((c, k) => {
    const j = k % m;
    if (c !== Infinity && c > maxFinite && (inst.fixed[j] || !excluded.has(inst.candidateIds[j]))) maxFinite = c;
  });
  const penalty = opt.unreachableCost ?? Math.max(2 * maxFinite, 1);
  let s = 0;
  inst.demandIds.forEach((_, i) => {
    let d = penalty;
    for (const j of open) d = Math.min(d, inst.costs[i * m + j]);
    s += inst.weights[i] * d;
  });
  return s;
}

/** Optimal objective by enumeration (MCLP max covered weight, p-median min cost, LSCP min count). */
export function bruteForce(inst: Instance, opt: OptimizeOptions): BruteAnswer {
  const fixed = inst.fixed.flatMap((f, j) => (f ? [j] : []));
  const allowed = candidatesAllowed(inst, opt);
  if (opt.objective === "mclp") {
    let best = -Infinity;
    for (const s of subsets(allowed, opt.p!)) if (capsOk(inst, opt, s)) best = Math.max(best, covered(inst, [...fixed, ...s], opt.threshold!));
    return { objective: best, feasible: true };
  }
  if (opt.objective === "pmedian") {
    let best = Infinity;
    for (const s of subsets(allowed, opt.p!)) if (capsOk(inst, opt, s)) best = Math.min(best, pmedianCostOf(inst, [...fixed, ...s], opt));
    return { objective: best, feasible: true };
  }
  const total = Array.from(inst.weights).reduce((a, b) => a + b, 0);
  const need = (opt.target ?? 0.9) * total - 1e-9 * Math.max(total, 1);
  let bestCount = Infinity;
  let maxCovered = 0;
  for (const s of subsets(allowed, allowed.length)) {
    if (!capsOk(inst, opt, s)) continue;
    const cov = covered(inst, [...fixed, ...s], opt.threshold!);
    maxCovered = Math.max(maxCovered, cov);
    if (cov >= need) bestCount = Math.min(bestCount, s.length);
  }
  if (bestCount === Infinity) return { objective: NaN, feasible: false, maxShare: total > 0 ? maxCovered / total : 1 };
  return { objective: bestCount, feasible: true };
}
