import { describe, expect, it } from "vitest";
import { buildCoverProblem } from "./cover-problem";
import { coverageFromCosts } from "./coverage";
import { lazyGreedyCover, naiveGreedyCover } from "./greedy-cover";
import { optimize, optimizeGreedy } from "./optimize";
import { greedyPMedian } from "./pmedian-heuristic";
import { buildPMedianProblem, pmedianCost } from "./pmedian-problem";
import { randomClusteredInstance } from "./random-instance";
import { lineInstance, trapInstance } from "./test-support/tiny";
import { prepareInstance } from "./validate";

describe("greedy MCLP on the hand-worked trap instance", () => {
  it("the lazy greedy alone takes A then B: 1 (fixed f) + 8 + 4 = 13 of 15", () => {
    const inst = trapInstance();
    const { prepared } = prepareInstance(inst.demandIds, inst.weights, inst.candidateIds, inst.fixed, { objective: "mclp", p: 2, threshold: 10 });
    const run = lazyGreedyCover(buildCoverProblem(prepared, coverageFromCosts(inst.costs, prepared.n, prepared.m, 10), 0), 2);
    expect(run.order.map((j) => inst.candidateIds[j])).toEqual(["A", "B"]);
    expect(run.coveredWeight).toBe(13);
  });

  it("the swap after the greedy escapes the trap: B + C = 15, explained in gain order", () => {
    const r = optimizeGreedy(trapInstance(), { objective: "mclp", p: 2, threshold: 10 });
    expect(r.selected).toEqual(["B", "C"]);
    expect(r.objective).toBe(15);
    expect(r.status).toBe("heuristic");
    // online bound from the greedy run: 13 + the two best remaining gains (C: e = 2, D: e = 2)
    // = 17, capped by all reachable weight (15); the swapped answer meets it
    expect(r.bound).toBe(15);
    expect(r.gap).toBe(0);
    expect(r.steps).toEqual([
      { candidateId: "B", marginalGain: 7, coveredDemandIds: ["a", "b"], objectiveAfter: 8 },
      { candidateId: "C", marginalGain: 7, coveredDemandIds: ["c", "d", "e"], objectiveAfter: 15 },
    ]);
    expect(r.coveredShare).toBe(1);
  });

  it("exact finds B + C = 15 and explains it in greedy order (tie 7/7: B first by index)", async () => {
    const r = await optimize(trapInstance(), { objective: "mclp", p: 2, threshold: 10, solver: "exact" });
    expect(r.selected).toEqual(["B", "C"]);
    expect(r.objective).toBe(15);
    expect(r).toMatchObject({ bound: 15, gap: 0, status: "optimal", solver: "exact" });
    expect(r.steps.map((s) => [s.candidateId, s.marginalGain, s.objectiveAfter])).toEqual([
      ["B", 7, 8],
      ["C", 7, 15],
    ]);
  });

  it("returns fewer than p sites when extra sites add nothing (p = 4, B + C already cover all)", () => {
    // greedy stops after A, B, C (D adds nothing); the swap search then finds that A is
    // redundant next to B + C, and sites that add nothing are dropped from the answer
    const r = optimizeGreedy(trapInstance(), { objective: "mclp", p: 4, threshold: 10 });
    expect(r.selected).toEqual(["B", "C"]);
    expect(r.objective).toBe(15);
  });
});

describe("greedy LSCP on the trap instance", () => {
  it("needs 13.5 of 15 for target 0.9: greedy A, B, then C (tie with D on e, lower index) = 3 sites", () => {
    const r = optimizeGreedy(trapInstance(), { objective: "lscp", threshold: 10, target: 0.9 });
    expect(r.selected).toEqual(["A", "B", "C"]);
    expect(r.objective).toBe(3);
    expect(r.status).toBe("heuristic");
  });

  it("exact needs only B + C", async () => {
    const r = await optimize(trapInstance(), { objective: "lscp", threshold: 10, target: 0.9, solver: "exact" });
    expect(r.selected).toEqual(["B", "C"]);
    expect(r).toMatchObject({ objective: 2, bound: 2, status: "optimal" });
  });

  it("target 13/15 is met exactly by A + B (share boundary counts as reached)", () => {
    const r = optimizeGreedy(trapInstance(), { objective: "lscp", threshold: 10, target: 13 / 15 });
    expect(r.selected).toEqual(["A", "B"]);
  });

  it("reports infeasible with the max share when the threshold reaches too little", () => {
    // threshold 4 < 5: nothing is within reach, not even f
    const r = optimizeGreedy(trapInstance(), { objective: "lscp", threshold: 4, target: 0.5 });
    expect(r.status).toBe("infeasible");
    expect(r.maxAchievableShare).toBe(0);
    expect(r.selected).toEqual([]);
  });
});

describe("p-median heuristic on the line instance", () => {
  it("greedy construction alone is trapped at {5, 0} with cost 50", () => {
    const inst = lineInstance();
    const { prepared, resolved } = prepareInstance(inst.demandIds, inst.weights, inst.candidateIds, inst.fixed, { objective: "pmedian", p: 2 });
    const pb = buildPMedianProblem(prepared, inst.costs, resolved);
    const open = greedyPMedian(pb, 2);
    expect(open.map((c) => inst.candidateIds[pb.cols[c]])).toEqual(["at5", "at0"]);
    expect(pmedianCost(pb, open)).toBe(50);
  });

  it("interchange swaps 5 for 10: cost 5, steps in gain order", () => {
    const r = optimizeGreedy(lineInstance(), { objective: "pmedian", p: 2 });
    expect(r.objective).toBe(5);
    // no site: every demand pays the penalty 2 × 10 = 20 → 21 × 20 = 420.
    // at0 first: 0 + 5 + 100 = 105 (gain 315, tie with at10; lower index), then at10: 5 (gain 100)
    expect(r.steps).toEqual([
      { candidateId: "at0", marginalGain: 315, coveredDemandIds: ["w", "mid", "e"], objectiveAfter: 105 },
      { candidateId: "at10", marginalGain: 100, coveredDemandIds: ["e"], objectiveAfter: 5 },
    ]);
  });

  it("with an existing site at 10 the one new site goes to 0 (cost 5)", () => {
    const inst = { ...lineInstance(), fixed: [false, false, true] };
    const r = optimizeGreedy(inst, { objective: "pmedian", p: 1 });
    expect(r.selected).toEqual(["at0"]);
    expect(r.objective).toBe(5);
  });
});

describe("lazy greedy equals the naive full-rescan greedy", () => {
  it("on 20 random clustered instances, with and without group caps", () => {
    for (let seed = 1; seed <= 20; seed++) {
      const { instance } = randomClusteredInstance({ nDemand: 300, nCand: 60, nClusters: 8, size: 300, sigma: 20, seed, fixedShare: 0.05 });
      const groups = seed % 2 ? { candidateGroups: instance.candidateIds.map((_, j) => `g${j % 4}`), maxPerGroup: 2 } : {};
      const { prepared } = prepareInstance(instance.demandIds, instance.weights, instance.candidateIds, instance.fixed, { objective: "mclp", p: 8, threshold: 25, ...groups });
      const pb = buildCoverProblem(prepared, coverageFromCosts(instance.costs, prepared.n, prepared.m, 25), 0);
      const lazy = lazyGreedyCover(pb, 8);
      const naive = naiveGreedyCover(pb, 8);
      expect(lazy.order).toEqual(naive.order);
      expect(lazy.coveredWeight).toBe(naive.coveredWeight);
    }
  });
});
