import { describe, expect, it } from "vitest";
import { optimize } from "./optimize";
import { mulberry32 } from "../random";
import { bruteForce, pmedianCostOf } from "./test-support/brute-force";
import type { Instance, Objective, OptimizeOptions, OptimizeResult } from "./types";

const INSTANCES = 45;

// Small random instances: integer costs (so ties happen), ~15 % unreachable pairs,
// some existing sites, and every fourth one with group caps / exclusions / minGain.
function randomCase(seed: number, objective: Objective): { inst: Instance; opt: OptimizeOptions } {
  const rng = mulberry32(seed * 7919 + objective.length);
  // covering instances shrink a lot under dominance, so they get more points to stay non-trivial
  const big = objective !== "pmedian";
  const n = big ? 10 + Math.floor(rng() * 15) : 5 + Math.floor(rng() * 10);
  const m = big ? 6 + Math.floor(rng() * 8) : 4 + Math.floor(rng() * 7);
  const costs = new Float64Array(n * m).map(() => (rng() < 0.15 ? Infinity : 1 + Math.floor(rng() * 20)));
  const weights = Array.from({ length: n }, () => (rng() < 0.2 ? Math.round(rng() * 100) / 10 : Math.floor(rng() * 10)));
  const fixed = Array.from({ length: m }, (_, j) => j > 0 && rng() < 0.25);
  const inst: Instance = {
    demandIds: Array.from({ length: n }, (_, i) => `d${i}`),
    weights,
    candidateIds: Array.from({ length: m }, (_, j) => `c${j}`),
    fixed,
    costs,
  };
  const free = fixed.flatMap((f, j) => (f ? [] : [j]));
  const opt: OptimizeOptions = { objective, solver: "exact", threshold: 4 + Math.floor(rng() * 10), timeLimitSec: 20 };
  if (seed % 4 === 3) {
    opt.candidateGroups = inst.candidateIds.map(() => (rng() < 0.5 ? "north" : "south"));
    opt.maxPerGroup = 1;
    if (free.length > 2) opt.excludeCandidateIds = [inst.candidateIds[free[free.length - 1]]];
    opt.minGain = 3;
  }
  if (objective === "pmedian" && seed % 3 === 0) opt.unreachableCost = 25;
  const available = free.length - (opt.excludeCandidateIds?.length ?? 0);
  opt.p = Math.min(available, 1 + Math.floor(rng() * 4));
  opt.target = [0.5, 0.7, 0.9, 1][Math.floor(rng() * 4)];
  return { inst, opt };
}

function checkConstraints(inst: Instance, opt: OptimizeOptions, r: OptimizeResult) {
  const idx = new Map(inst.candidateIds.map((id, j) => [id, j]));
  for (const id of r.selected) {
    const j = idx.get(id)!;
    expect(inst.fixed[j]).toBe(false);
    expect(opt.excludeCandidateIds ?? []).not.toContain(id);
  }
  expect(new Set(r.selected).size).toBe(r.selected.length);
  if (opt.objective !== "lscp") expect(r.selected.length).toBeLessThanOrEqual(opt.p!);
  if (opt.candidateGroups && typeof opt.maxPerGroup === "number") {
    const counts = new Map<string, number>();
    for (const id of r.selected) counts.set(opt.candidateGroups[idx.get(id)!], (counts.get(opt.candidateGroups[idx.get(id)!]) ?? 0) + 1);
    for (const c of counts.values()) expect(c).toBeLessThanOrEqual(opt.maxPerGroup);
  }
  return r.selected.map((id) => idx.get(id)!);
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-7 * Math.max(1, Math.abs(b));

describe("exact solver equals brute force", () => {
  it(`MCLP on ${INSTANCES} random instances with fixed sites`, async () => {
    for (let seed = 0; seed < INSTANCES; seed++) {
      const { inst, opt } = randomCase(seed, "mclp");
      const r = await optimize(inst, opt);
      const truth = bruteForce(inst, opt);
      expect(close(r.objective, truth.objective), `seed ${seed}: ${r.objective} vs ${truth.objective}`).toBe(true);
      expect(r.status).toBe("optimal");
      expect(r.gap).toBe(0);
      const chosen = checkConstraints(inst, opt, r);
      const fixed = inst.fixed.flatMap((f, j) => (f ? [j] : []));
      const m = inst.candidateIds.length;
      const recomputed = inst.demandIds.reduce((s, _, i) => s + ([...fixed, ...chosen].some((j) => inst.costs[i * m + j] <= opt.threshold!) ? Number(inst.weights[i]) : 0), 0);
      expect(close(recomputed, r.objective)).toBe(true);
      const greedy = await optimize(inst, { ...opt, solver: "greedy" });
      expect(greedy.objective).toBeLessThanOrEqual(r.objective + 1e-9);
      // the greedy's submodular online bound must hold against the true optimum
      expect(greedy.bound!).toBeGreaterThanOrEqual(r.objective - 1e-9);
    }
  }, 120_000);

  it(`p-median on ${INSTANCES} random instances with fixed sites and unreachable pairs`, async () => {
    for (let seed = 0; seed < INSTANCES; seed++) {
      const { inst, opt } = randomCase(seed, "pmedian");
      const r = await optimize(inst, opt);
      const truth = bruteForce(inst, opt);
      expect(close(r.objective, truth.objective), `seed ${seed}: ${r.objective} vs ${truth.objective}`).toBe(true);
      expect(r.status).toBe("optimal");
      const chosen = checkConstraints(inst, opt, r);
      const fixed = inst.fixed.flatMap((f, j) => (f ? [j] : []));
      expect(close(pmedianCostOf(inst, [...fixed, ...chosen], opt), r.objective)).toBe(true);
      const greedy = await optimize(inst, { ...opt, solver: "greedy" });
      expect(greedy.objective).toBeGreaterThanOrEqual(r.objective - 1e-9);
    }
  }, 120_000);

  it(`LSCP fewest sites on ${INSTANCES} random instances`, async () => {
    let infeasible = 0;
    for (let seed = 0; seed < INSTANCES; seed++) {
      const { inst, opt } = randomCase(seed, "lscp");
      const r = await optimize(inst, opt);
      const truth = bruteForce(inst, opt);
      checkConstraints(inst, opt, r);
      if (!truth.feasible) {
        infeasible++;
        expect(r.status, `seed ${seed}`).toBe("infeasible");
        expect(close(r.maxAchievableShare!, truth.maxShare!), `seed ${seed}: ${r.maxAchievableShare} vs ${truth.maxShare}`).toBe(true);
        continue;
      }
      expect(r.objective, `seed ${seed}`).toBe(truth.objective);
      expect(r.selected.length).toBe(r.objective);
      expect(r.status).toBe("optimal");
      expect(r.coveredShare!).toBeGreaterThanOrEqual(opt.target! - 1e-9);
      const greedy = await optimize(inst, { ...opt, solver: "greedy" });
      expect(greedy.objective).toBeGreaterThanOrEqual(r.objective);
    }
    // the generator should exercise both outcomes
    expect(infeasible).toBeGreaterThan(0);
    expect(infeasible).toBeLessThan(INSTANCES);
  }, 120_000);
});
