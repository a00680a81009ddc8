import { describe, expect, it } from "vitest";
import { OptimizeInputError } from "./errors";
import { optimize, optimizeCoverageGreedy, optimizeGreedy } from "./optimize";
import { trapInstance } from "./test-support/tiny";
import type { Instance, OptimizeOptions } from "./types";

const MCLP = { objective: "mclp", p: 2, threshold: 10 } as const;

describe("constraints (trap instance: A=bcd, B=ab, C=cde, D=ef; F fixed covers f)", () => {
  it("excludeCandidateIds: without B the best pair covers 11 (A+C or A+D)", async () => {
    for (const solver of ["greedy", "exact"] as const) {
      const r = await optimize(trapInstance(), { ...MCLP, solver, excludeCandidateIds: ["B"] });
      expect(r.selected).not.toContain("B");
      expect(r.objective).toBe(11);
    }
  });

  it("minGain: only A reaches 8 vehicles on its own, so only A can open", async () => {
    for (const solver of ["greedy", "exact"] as const) {
      const r = await optimize(trapInstance(), { ...MCLP, solver, minGain: 8 });
      expect(r.selected).toEqual(["A"]);
      expect(r.objective).toBe(9);
    }
  });

  it("maxPerGroup: B and C share a group capped at 1, so the best is A + B = 13", async () => {
    const constraints = { candidateGroups: ["y", "y", "x", "x", "y"], maxPerGroup: 1 };
    for (const solver of ["greedy", "exact"] as const) {
      const r = await optimize(trapInstance(), { ...MCLP, solver, ...constraints });
      expect(r.selected.filter((id) => id === "B" || id === "C")).toHaveLength(1);
      expect(r.objective).toBe(13);
    }
  });

  it("maxPerGroup per group: x capped at 0 leaves A and D (11)", async () => {
    const r = await optimize(trapInstance(), { ...MCLP, solver: "exact", candidateGroups: ["y", "y", "x", "x", "y"], maxPerGroup: { x: 0 } });
    expect(r.selected.sort()).toEqual(["A", "D"]);
    expect(r.objective).toBe(11);
  });

  it("caps make LSCP infeasible: reports the best share the caps allow", async () => {
    const opts: OptimizeOptions = { objective: "lscp", threshold: 10, target: 1, candidateGroups: ["y", "y", "x", "x", "y"], maxPerGroup: 1 };
    const exact = await optimize(trapInstance(), { ...opts, solver: "exact" });
    expect(exact.status).toBe("infeasible");
    expect(exact.maxAchievableShare).toBeCloseTo(13 / 15); // A + B, one per group
    const greedy = optimizeGreedy(trapInstance(), opts);
    expect(greedy.status).toBe("infeasible");
  });

  it("p-median honours exclusions and fixed sites", async () => {
    const r = await optimize(trapInstance(), { objective: "pmedian", p: 2, solver: "exact", excludeCandidateIds: ["A"] });
    expect(r.selected).not.toContain("A");
    expect(r.selected).not.toContain("F");
  });
});

function expectField(fn: () => unknown, field: string) {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(OptimizeInputError);
    expect((e as OptimizeInputError).field).toBe(field);
    expect((e as Error).message.startsWith(`${field}: `)).toBe(true);
    return;
  }
  throw new Error(`expected an OptimizeInputError on ${field}`);
}

describe("invalid input names the field", () => {
  const base = trapInstance;
  const run = (inst: Instance, opts: Partial<OptimizeOptions> = {}) => () => optimizeGreedy(inst, { ...MCLP, ...opts } as OptimizeOptions);

  it("p larger than the candidates that can open", () => expectField(run(base(), { p: 5 }), "p"));
  it("p counts only non-excluded new sites", () => expectField(run(base(), { p: 4, excludeCandidateIds: ["A"] }), "p"));
  it("p missing or fractional", () => {
    expectField(run(base(), { p: undefined }), "p");
    expectField(run(base(), { p: 1.5 }), "p");
  });
  it("negative or NaN weight", () => {
    expectField(run({ ...base(), weights: [4, 3, -1, 2, 2, 1] }), "weights[2]");
    expectField(run({ ...base(), weights: [4, 3, 3, NaN, 2, 1] }), "weights[3]");
  });
  it("weights of the wrong length", () => expectField(run({ ...base(), weights: [1, 2] }), "weights"));
  it("cost matrix of the wrong size", () => expectField(run({ ...base(), costs: new Float64Array(7) }), "costs"));
  it("NaN or negative cost, with its flat index", () => {
    const costs = base().costs.slice();
    costs[7] = NaN;
    expectField(run({ ...base(), costs }), "costs[7]");
    costs[7] = -3;
    expectField(run({ ...base(), costs }), "costs[7]");
  });
  it("duplicate or empty ids", () => {
    expectField(run({ ...base(), candidateIds: ["F", "A", "A", "C", "D"] }), "candidateIds[2]");
    expectField(run({ ...base(), demandIds: ["a", "", "c", "d", "e", "f"] }), "demandIds[1]");
  });
  it("fixed flags of the wrong length", () => expectField(run({ ...base(), fixed: [true] }), "fixed"));
  it("unknown or fixed excluded candidate", () => {
    expectField(run(base(), { excludeCandidateIds: ["Z"] }), "excludeCandidateIds[0]");
    expectField(run(base(), { excludeCandidateIds: ["A", "F"] }), "excludeCandidateIds[1]");
  });
  it("missing threshold, bad target, bad objective", () => {
    expectField(run(base(), { threshold: undefined }), "threshold");
    expectField(run(base(), { objective: "lscp", target: 1.5 }), "target");
    expectField(run(base(), { objective: "maxcover" as never }), "objective");
  });
  it("group caps without groups, and unknown group names", () => {
    expectField(run(base(), { maxPerGroup: 1 }), "candidateGroups");
    expectField(run(base(), { candidateGroups: ["a", "b"], maxPerGroup: 1 }), "candidateGroups");
    expectField(run(base(), { candidateGroups: ["a", "a", "b", "b", "a"], maxPerGroup: { c: 1 } }), "maxPerGroup.c");
    expectField(run(base(), { candidateGroups: ["a", "a", "b", "b", "a"], maxPerGroup: -1 }), "maxPerGroup");
  });
  it("negative minGain and bad time limit", () => {
    expectField(run(base(), { minGain: -1 }), "minGain");
    expectField(run(base(), { timeLimitSec: 0 }), "timeLimitSec");
  });
  it("async optimize rejects with the same error", async () => {
    await expect(optimize({ ...base(), weights: [1] }, MCLP)).rejects.toMatchObject({ name: "OptimizeInputError", field: "weights" });
  });
  it("sparse coverage with an out-of-range or repeated demand index", () => {
    const inst = { demandIds: ["a", "b"], weights: [1, 1], candidateIds: ["x"], fixed: [false] };
    const opts = { objective: "mclp", p: 1 } as const;
    expectField(() => optimizeCoverageGreedy({ ...inst, coverage: { start: Int32Array.from([0, 1]), demand: Int32Array.from([5]) } }, opts), "coverage.demand[0]");
    expectField(() => optimizeCoverageGreedy({ ...inst, coverage: { start: Int32Array.from([0, 2]), demand: Int32Array.from([1, 1]) } }, opts), "coverage.demand[1]");
    expectField(() => optimizeCoverageGreedy({ ...inst, coverage: { start: Int32Array.from([0]), demand: Int32Array.from([]) } }, opts), "coverage.start");
  });
});
