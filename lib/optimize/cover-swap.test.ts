import { describe, expect, it } from "vitest";
import { buildCoverProblem } from "./cover-problem";
import { improveCover } from "./cover-swap";
import { coverageFromCosts } from "./coverage";
import { lazyGreedyCover } from "./greedy-cover";
import { optimizeGreedy } from "./optimize";
import { randomClusteredInstance } from "./random-instance";
import { bruteForce } from "./test-support/brute-force";
import { mulberry32 } from "../random";
import type { Instance, OptimizeOptions } from "./types";
import { prepareInstance } from "./validate";

// Small random MCLP instances with existing sites; every third one also excludes a site,
// sets minGain and caps two groups at one new site each.
function randomCase(seed: number): { inst: Instance; opt: OptimizeOptions } {
  const rng = mulberry32(seed * 104729 + 17);
  const n = 12 + Math.floor(rng() * 14);
  const m = 7 + Math.floor(rng() * 7);
  const costs = new Float64Array(n * m).map(() => (rng() < 0.15 ? Infinity : 1 + Math.floor(rng() * 20)));
  const inst: Instance = {
    demandIds: Array.from({ length: n }, (_, i) => `d${i}`),
    weights: Array.from({ length: n }, () => Math.floor(rng() * 10)),
    candidateIds: Array.from({ length: m }, (_, j) => `c${j}`),
    fixed: Array.from({ length: m }, (_, j) => j > 0 && rng() < 0.2),
    costs,
  };
  const opt: OptimizeOptions = { objective: "mclp", threshold: 5 + Math.floor(rng() * 6), p: 2 + Math.floor(rng() * 3) };
  if (seed % 3 === 2) {
    const free = inst.fixed.flatMap((f, j) => (f ? [] : [j]));
    opt.excludeCandidateIds = [inst.candidateIds[free[0]]];
    opt.minGain = 4;
    opt.candidateGroups = inst.candidateIds.map((_, j) => (j % 2 ? "north" : "south"));
    opt.maxPerGroup = 1;
  }
  return { inst, opt };
}

function greedyOnly(inst: Instance, opt: OptimizeOptions) {
  const { prepared, resolved } = prepareInstance(inst.demandIds, inst.weights, inst.candidateIds, inst.fixed, opt);
  const pb = buildCoverProblem(prepared, coverageFromCosts(inst.costs, prepared.n, prepared.m, opt.threshold!), resolved.minGain);
  return { pb, run: lazyGreedyCover(pb, resolved.p) };
}

describe("MCLP greedy + swap", () => {
  it("reaches the brute-force optimum on 45 small instances, constraints kept, never below the greedy alone", () => {
    let greedyBelow = 0;
    for (let seed = 0; seed < 45; seed++) {
      const { inst, opt } = randomCase(seed);
      const r = optimizeGreedy(inst, opt);
      const truth = bruteForce(inst, opt).objective;
      expect(r.objective, `seed ${seed}`).toBe(truth);
      const greedy = greedyOnly(inst, opt).run.coveredWeight;
      expect(r.objective).toBeGreaterThanOrEqual(greedy);
      if (greedy < truth) greedyBelow++;
      // constraints: no fixed, excluded or over-cap site; at most p new sites
      expect(r.selected.length).toBeLessThanOrEqual(opt.p!);
      for (const id of r.selected) {
        const j = inst.candidateIds.indexOf(id);
        expect(inst.fixed[j]).toBe(false);
        expect(opt.excludeCandidateIds ?? []).not.toContain(id);
      }
      if (opt.candidateGroups) {
        const groups = r.selected.map((id) => opt.candidateGroups![inst.candidateIds.indexOf(id)]);
        expect(new Set(groups).size).toBe(groups.length);
      }
    }
    // the test is only meaningful if the greedy alone misses the optimum somewhere
    expect(greedyBelow).toBeGreaterThan(0);
  });

  it("never opens a site below minGain", () => {
    const { instance } = randomClusteredInstance({ nDemand: 300, nCand: 60, nClusters: 8, size: 300, sigma: 20, seed: 5 });
    const r = optimizeGreedy(instance, { objective: "mclp", p: 8, threshold: 25, minGain: 900 });
    const { pb } = greedyOnly(instance, { objective: "mclp", p: 8, threshold: 25, minGain: 900 });
    for (const id of r.selected) expect(pb.eligible[instance.candidateIds.indexOf(id)]).toBe(1);
  });

  it("is deterministic and at least as good as the greedy on a clustered 600 x 120 instance", () => {
    const { instance } = randomClusteredInstance({ nDemand: 600, nCand: 120, nClusters: 15, size: 600, sigma: 25, seed: 3, fixedShare: 0.05 });
    const opt: OptimizeOptions = { objective: "mclp", p: 10, threshold: 30 };
    const { pb, run } = greedyOnly(instance, opt);
    const a = improveCover(pb, run.order);
    const b = improveCover(pb, run.order);
    expect(a.open).toEqual(b.open);
    expect(a.coveredWeight).toBeGreaterThanOrEqual(run.coveredWeight);
    expect(new Set(a.open).size).toBe(a.open.length);
    // the reported weight is what the sites really cover
    const covered = new Uint8Array(pb.n);
    for (let j = 0; j < pb.m; j++) {
      if (!pb.fixed[j] && !a.open.includes(j)) continue;
      for (let k = pb.coverage.start[j]; k < pb.coverage.start[j + 1]; k++) covered[pb.coverage.demand[k]] = 1;
    }
    expect(a.coveredWeight).toBe(Array.from(covered).reduce((s, c, i) => s + c * pb.weights[i], 0));
  });
});
