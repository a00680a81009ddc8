import { describe, expect, it } from "vitest";
import { optimizeGreedy } from "./optimize";
import { greedyInterchangePMedian } from "./pmedian-heuristic";
import { buildPMedianProblem, pmedianCost, type PMedianProblem } from "./pmedian-problem";
import { PMedianSwapState, sortedRows } from "./pmedian-swap";
import { vnsPMedian } from "./pmedian-vns";
import { randomClusteredInstance, randomGraphInstance } from "./random-instance";
import { bruteForce, pmedianCostOf } from "./test-support/brute-force";
import { mulberry32 } from "../random";
import type { Instance, OptimizeOptions } from "./types";
import { prepareInstance } from "./validate";

function problem(inst: Instance, opt: OptimizeOptions): PMedianProblem {
  const { prepared, resolved } = prepareInstance(inst.demandIds, inst.weights, inst.candidateIds, inst.fixed, opt);
  return buildPMedianProblem(prepared, inst.costs, resolved);
}

// Small random p-median instances: integer costs (ties), unreachable pairs, existing sites;
// every third one with a custom penalty, every fourth with exclusions and group caps.
function randomCase(seed: number): { inst: Instance; opt: OptimizeOptions } {
  const rng = mulberry32(seed * 7907 + 3);
  const n = 6 + Math.floor(rng() * 10);
  const m = 6 + Math.floor(rng() * 6);
  const inst: Instance = {
    demandIds: Array.from({ length: n }, (_, i) => `d${i}`),
    weights: Array.from({ length: n }, () => (rng() < 0.2 ? Math.round(rng() * 100) / 10 : Math.floor(rng() * 10))),
    candidateIds: Array.from({ length: m }, (_, j) => `c${j}`),
    fixed: Array.from({ length: m }, (_, j) => j > 0 && rng() < 0.2),
    costs: new Float64Array(n * m).map(() => (rng() < 0.15 ? Infinity : 1 + Math.floor(rng() * 20))),
  };
  const opt: OptimizeOptions = { objective: "pmedian", p: 1 + Math.floor(rng() * 4) };
  if (seed % 3 === 0) opt.unreachableCost = 25;
  if (seed % 4 === 3) {
    const free = inst.fixed.flatMap((f, j) => (f ? [] : [j]));
    opt.excludeCandidateIds = [inst.candidateIds[free[free.length - 1]]];
    opt.candidateGroups = inst.candidateIds.map((_, j) => (j % 2 ? "north" : "south"));
    opt.maxPerGroup = 1;
  }
  return { inst, opt };
}

describe("fast interchange bookkeeping (Resende–Werneck)", () => {
  it("every swap's predicted saving equals the real cost change, also after many incremental swaps", () => {
    const { instance } = randomClusteredInstance({ nDemand: 80, nCand: 25, nClusters: 5, size: 200, sigma: 15, seed: 9, fixedShare: 0.1 });
    const pb = problem(instance, { objective: "pmedian", p: 4, unreachableCost: 120 });
    const st = new PMedianSwapState(pb, sortedRows(pb), 4);
    st.reset([0, 3, 7, 11]);
    const rng = mulberry32(5);
    for (let round = 0; round < 30; round++) {
      const before = pmedianCost(pb, st.open);
      expect(st.cost).toBeCloseTo(before, 6);
      for (let s = 0; s < st.p; s++) {
        for (let c = 0; c < st.m; c++) {
          if (st.slotOf[c] >= 0) continue;
          const after = Array.from(st.open);
          after[s] = c;
          expect(st.profit(s, c)).toBeCloseTo(before - pmedianCost(pb, after), 6);
        }
      }
      // move on by a random swap, updated incrementally
      let c = Math.floor(rng() * st.m);
      while (st.slotOf[c] >= 0) c = (c + 1) % st.m;
      st.swap(Math.floor(rng() * st.p), c);
    }
  });

  it("the best swap is the most profitable one", () => {
    const inst = randomGraphInstance({ nodes: 40, edges: 80, seed: 2 });
    const pb = problem(inst, { objective: "pmedian", p: 5 });
    const st = new PMedianSwapState(pb, sortedRows(pb), 5);
    st.reset([0, 1, 2, 3, 4]);
    let best = 0;
    for (let s = 0; s < 5; s++) for (let c = 5; c < st.m; c++) best = Math.max(best, st.profit(s, c));
    expect(best).toBeGreaterThan(0);
    expect(st.bestSwap(1e-9)!.profit).toBeCloseTo(best, 9);
  });
});

describe("p-median VNS heuristic", () => {
  it("equals brute force on 60 small instances (fixed sites, penalties, exclusions, caps)", () => {
    for (let seed = 0; seed < 60; seed++) {
      const { inst, opt } = randomCase(seed);
      const r = optimizeGreedy(inst, opt);
      const truth = bruteForce(inst, opt).objective;
      expect(Math.abs(r.objective - truth), `seed ${seed}: ${r.objective} vs ${truth}`).toBeLessThanOrEqual(1e-9 * Math.max(1, truth));
      const fixed = inst.fixed.flatMap((f, j) => (f ? [j] : []));
      const chosen = r.selected.map((id) => inst.candidateIds.indexOf(id));
      expect(pmedianCostOf(inst, [...fixed, ...chosen], opt)).toBeCloseTo(r.objective, 9);
      expect(chosen.every((j) => !inst.fixed[j] && !(opt.excludeCandidateIds ?? []).includes(inst.candidateIds[j]))).toBe(true);
      if (opt.candidateGroups) {
        const groups = chosen.map((j) => opt.candidateGroups![j]);
        expect(new Set(groups).size).toBe(groups.length);
      }
    }
  });

  it("is never worse than the previous greedy + interchange, and strictly better somewhere", () => {
    const cases: Array<[Instance, number]> = [
      [randomGraphInstance({ nodes: 200, edges: 800, seed: 105 }), 40],
      [randomGraphInstance({ nodes: 120, edges: 290, seed: 7 }), 24],
      [randomGraphInstance({ nodes: 150, edges: 450, seed: 8 }), 50],
      [randomClusteredInstance({ nDemand: 300, nCand: 100, nClusters: 10, size: 500, sigma: 25, seed: 4, fixedShare: 0.05 }).instance, 12],
    ];
    let better = 0;
    for (const [inst, p] of cases) {
      const pb = problem(inst, { objective: "pmedian", p });
      const old = greedyInterchangePMedian(pb, p);
      const vns = vnsPMedian(pb, p);
      expect(vns.cost).toBeLessThanOrEqual(old.cost + 1e-9 * old.cost);
      if (vns.cost < old.cost - 1e-9 * old.cost) better++;
      expect(vns.open).toHaveLength(p);
    }
    expect(better).toBeGreaterThan(0);
  });

  it("is deterministic, and stops as soon as it meets a known lower bound", () => {
    const pb = problem(randomGraphInstance({ nodes: 120, edges: 290, seed: 7 }), { objective: "pmedian", p: 24 });
    const a = vnsPMedian(pb, 24);
    const b = vnsPMedian(pb, 24);
    expect(b.open).toEqual(a.open);
    expect(b.work).toBe(a.work);
    const bounded = vnsPMedian(pb, 24, { lowerBound: a.cost });
    expect(bounded.cost).toBe(a.cost);
    expect(bounded.work).toBeLessThan(a.work / 2);
  });
});
