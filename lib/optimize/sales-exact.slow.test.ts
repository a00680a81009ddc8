import { describe, expect, it } from "vitest";
import { mulberry32 } from "../random";
import { optimize, optimizeGreedy } from "./optimize";
import type { Instance, OptimizeOptions } from "./types";

/** Captured weight of a set of open candidates, straight from the definition (the test's own oracle). */
function captured(inst: Instance, opt: OptimizeOptions, open: number[]): number {
  const n = inst.demandIds.length;
  const m = inst.candidateIds.length;
  const c = inst.competitorCosts!.length / n;
  const reach = (cost: number) => cost < Infinity && (opt.threshold === undefined || cost <= opt.threshold);
  let total = 0;
  for (let i = 0; i < n; i++) {
    let ours = 0;
    let theirs = 0;
    for (let j = 0; j < m; j++) if ((inst.fixed[j] || open.includes(j)) && reach(inst.costs[i * m + j])) ours += (inst.attractiveness?.[j] ?? 1) * Math.exp(-opt.lambda! * inst.costs[i * m + j]);
    for (let k = 0; k < c; k++) if (reach(inst.competitorCosts![i * c + k])) theirs += (inst.competitorAttractiveness?.[k] ?? 1) * Math.exp(-opt.lambda! * inst.competitorCosts![i * c + k]);
    if (ours + theirs > 0) total += (Number(inst.weights[i]) * ours) / (ours + theirs);
  }
  return total;
}

function subsets(items: number[], size: number): number[][] {
  if (size === 0) return [[]];
  if (items.length < size) return [];
  const [first, ...rest] = items;
  return [...subsets(rest, size - 1).map((s) => [first, ...s]), ...subsets(rest, size)];
}

function randomCase(seed: number): { inst: Instance; opt: OptimizeOptions } {
  const rng = mulberry32(seed * 104729 + 17);
  const n = 15 + Math.floor(rng() * 20);
  const m = 6 + Math.floor(rng() * 7);
  const c = 2 + Math.floor(rng() * 5);
  const cost = () => (rng() < 0.2 ? Infinity : Math.floor(rng() * 60));
  const inst: Instance = {
    demandIds: Array.from({ length: n }, (_, i) => `d${i}`),
    weights: Array.from({ length: n }, () => Math.floor(rng() * 500)),
    candidateIds: Array.from({ length: m }, (_, j) => `c${j}`),
    fixed: Array.from({ length: m }, (_, j) => j === 0 && rng() < 0.5),
    costs: new Float64Array(n * m).map(cost),
    competitorCosts: new Float64Array(n * c).map(cost),
  };
  if (seed % 2) inst.attractiveness = Array.from({ length: m }, () => 0.5 + rng() * 2);
  if (seed % 3) inst.competitorAttractiveness = Array.from({ length: c }, () => 0.5 + rng() * 2);
  const opt: OptimizeOptions = { objective: "sales", lambda: 0.02 + rng() * 0.08, p: 2 + Math.floor(rng() * 3), timeLimitSec: 20 };
  if (seed % 4 === 0) opt.threshold = 40;
  return { inst, opt };
}

describe("sales: exact (Haase's MILP in HiGHS) against enumeration and greedy", () => {
  for (let seed = 1; seed <= 12; seed++) {
    it(`random instance ${seed}: exact = best of all p-subsets, greedy within (1 − 1/e)`, async () => {
      const { inst, opt } = randomCase(seed);
      const free = inst.fixed.flatMap((f, j) => (f ? [] : [j]));
      const best = Math.max(...subsets(free, opt.p!).map((s) => captured(inst, opt, s)));
      const exact = await optimize(inst, { ...opt, solver: "exact" });
      const greedy = optimizeGreedy(inst, opt);
      expect(exact.status).toBe("optimal");
      expect(exact.objective).toBeCloseTo(best, 4);
      expect(exact.bound).toBeCloseTo(best, 4);
      const open = exact.selected.map((id) => inst.candidateIds.indexOf(id));
      expect(captured(inst, opt, open)).toBeCloseTo(exact.objective, 6);
      expect(exact.objective).toBeGreaterThanOrEqual(greedy.objective - 1e-6);
      expect(greedy.objective).toBeGreaterThanOrEqual((1 - 1 / Math.E) * exact.objective);
      // the greedy's online bound is a true upper bound
      expect(greedy.bound!).toBeGreaterThanOrEqual(best - 1e-6);
    });
  }
});
