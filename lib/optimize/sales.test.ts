import { describe, expect, it } from "vitest";
import { parseInstanceFile } from "./instance-schema";
import { optimizeGreedy } from "./optimize";
import type { Instance } from "./types";

// Two demand points of 100, λ = 0.1 per minute, no reach limit:
//   candidate A: 0 min from d0, unreachable from d1      -> v = 1 at d0
//   candidate B: 10 min from both                        -> v = e^-1 at d0 and d1
//   competitor K: 0 min from d0, unreachable from d1     -> C = 1 at d0, 0 at d1
const e = Math.exp(-1);
const inst: Instance = {
  demandIds: ["d0", "d1"],
  weights: [100, 100],
  candidateIds: ["A", "B"],
  fixed: [false, false],
  costs: Float64Array.from([0, 10, Infinity, 10]),
  competitorCosts: Float64Array.from([0, Infinity]),
};

describe("sales objective (maximum capture), hand-computed", () => {
  it("greedy opens the site with the larger captured weight and explains where its sales come from", () => {
    // gain A = 100·1/(1+1) = 50; gain B = 100·e/(1+e) + 100 (d1 has no dealer at all)
    const r = optimizeGreedy(inst, { objective: "sales", p: 1, lambda: 0.1 });
    expect(r.selected).toEqual(["B"]);
    expect(r.objective).toBeCloseTo((100 * e) / (1 + e) + 100, 9);
    expect(r.coveredShare).toBeCloseTo(r.objective / 200, 12);
    expect(r.steps[0].sales).toEqual({
      expectedSales: expect.closeTo((100 * e) / (1 + e) + 100, 9),
      newBuyers: 100,
      fromCompetitors: expect.closeTo((100 * e) / (1 + e), 9),
      fromOwn: 0,
    });
    expect(r.steps[0].coveredDemandIds).toEqual(["d1"]);
    // online bound: greedy + A's gain on top of B = 100·(1+e)/(2+e) − 100·e/(1+e)
    const gainA = (100 * (1 + e)) / (2 + e) - (100 * e) / (1 + e);
    expect(r.bound).toBeCloseTo(r.objective + gainA, 9);
  });

  it("a second site takes from the competitor and from our own first site", () => {
    const r = optimizeGreedy(inst, { objective: "sales", p: 2, lambda: 0.1 });
    expect(r.selected).toEqual(["B", "A"]);
    expect(r.objective).toBeCloseTo((100 * (1 + e)) / (2 + e) + 100, 9);
    expect(r.steps[1].sales).toEqual({
      expectedSales: expect.closeTo(100 / (2 + e), 9),
      newBuyers: 0,
      fromCompetitors: expect.closeTo(100 / (1 + e) - 100 / (2 + e), 9),
      fromOwn: expect.closeTo((100 * e) / (1 + e) - (100 * e) / (2 + e), 9),
    });
    // with every site open the bound is the objective itself
    expect(r.bound).toBeCloseTo(r.objective, 9);
  });

  it("attractiveness multiplies the utility and a threshold limits the reach", () => {
    // A with attractiveness 4: gain 100·4/5 = 80 < B's 126.9; with a 5-minute reach B reaches nobody
    expect(optimizeGreedy({ ...inst, attractiveness: [4, 1] }, { objective: "sales", p: 1, lambda: 0.1 }).selected).toEqual(["B"]);
    const near = optimizeGreedy({ ...inst, attractiveness: [4, 1] }, { objective: "sales", p: 1, lambda: 0.1, threshold: 5 });
    expect(near.selected).toEqual(["A"]);
    expect(near.objective).toBeCloseTo(80, 9);
    // a strong competitor (attractiveness 3) leaves A 100·1/(1+3)
    const strong = optimizeGreedy({ ...inst, competitorAttractiveness: [3] }, { objective: "sales", p: 1, lambda: 0.1, threshold: 5 });
    expect(strong.objective).toBeCloseTo(25, 9);
  });

  it("existing sites count in the captured weight and their buyers are 'own' sales", () => {
    const r = optimizeGreedy({ ...inst, fixed: [true, false] }, { objective: "sales", p: 1, lambda: 0.1 });
    expect(r.selected).toEqual(["B"]);
    expect(r.objective).toBeCloseTo((100 * (1 + e)) / (2 + e) + 100, 9);
    expect(r.steps[0].sales!.fromOwn).toBeCloseTo(100 / 2 - 100 / (2 + e), 9);
  });

  it("needs lambda and checks the sales fields, naming them", () => {
    expect(() => optimizeGreedy(inst, { objective: "sales", p: 1 })).toThrow(/^lambda: required for sales/);
    expect(() => optimizeGreedy(inst, { objective: "sales", p: 1, lambda: -1 })).toThrow(/^lambda:/);
    expect(() => optimizeGreedy({ ...inst, attractiveness: [1] }, { objective: "sales", p: 1, lambda: 0.1 })).toThrow(/^attractiveness: expected 2 numbers/);
    expect(() => optimizeGreedy({ ...inst, competitorCosts: Float64Array.from([1, 2, 3]) }, { objective: "sales", p: 1, lambda: 0.1 })).toThrow(/^competitorCosts:/);
  });
});

describe("sales instance file", () => {
  const file = {
    objective: "sales",
    p: 1,
    lambda: 0.1,
    demand: [{ id: "d0", weight: 100 }, { id: "d1", weight: 100 }],
    candidates: [{ id: "A" }, { id: "B" }],
    costs: [[0, 10], [null, 10]],
    competitorCosts: [[0], [null]],
  };

  it("reads competitorCosts, lambda and the attractiveness arrays", () => {
    const { instance, options } = parseInstanceFile({ ...file, competitorAttractiveness: [2], attractiveness: [1, 3] });
    expect(options).toMatchObject({ objective: "sales", p: 1, lambda: 0.1 });
    expect([...instance.competitorCosts!]).toEqual([0, Infinity]);
    expect(instance.competitorAttractiveness).toEqual([2]);
    expect(instance.attractiveness).toEqual([1, 3]);
    expect(optimizeGreedy(instance, options as never).selected).toEqual(["B"]);
  });

  it.each([
    [{ competitorCosts: [[0]] }, "competitorCosts: expected 2 rows"],
    [{ competitorCosts: [[0], [1, 2]] }, "competitorCosts[1]: expected 1 entries"],
    [{ competitorCosts: [[0], [-1]] }, "competitorCosts[1][0]: expected a non-negative number"],
    [{ competitorAttractiveness: [1, 1] }, "competitorAttractiveness: expected 1 entries"],
    [{ attractiveness: [1] }, "attractiveness: expected 2 entries"],
    [{ attractiveness: [1, 0] }, "attractiveness[1]: expected a positive number"],
    [{ lambda: -0.5 }, "lambda: expected a non-negative number"],
  ])("refuses %j naming the field", (patch, message) => {
    expect(() => parseInstanceFile({ ...file, ...patch })).toThrow(message);
  });
});
