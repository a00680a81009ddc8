import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { OptimizeSolverError } from "./errors";
import { resolveWorkerPath } from "./highs-runner";
import { optimize } from "./optimize";
import { randomClusteredInstance } from "./random-instance";
import { trapInstance } from "./test-support/tiny";

// 2,000 × 300 p-median: its first LP alone takes seconds, so a 1 s limit always bites.
const hard = () => randomClusteredInstance({ nDemand: 2000, nCand: 300, nClusters: 40, size: 1000, sigma: 30, seed: 1, fixedShare: 0.03 }).instance;

describe("HiGHS worker", () => {
  it("resolves the worker script next to the module", () => {
    const file = resolveWorkerPath();
    expect(file.endsWith("highs-worker.mjs")).toBe(true);
    expect(existsSync(file)).toBe(true);
  });

  it("fails loudly on an explicit path that does not exist", async () => {
    expect(() => resolveWorkerPath("/nope/highs-worker.mjs")).toThrow(OptimizeSolverError);
    await expect(optimize(trapInstance(), { objective: "mclp", p: 2, threshold: 10, solver: "exact", workerPath: "/nope/w.mjs" })).rejects.toThrow(OptimizeSolverError);
  });

  it("returns the best solution with a proven bound and gap when the time limit hits", async () => {
    const inst = hard();
    const greedy = await optimize(inst, { objective: "pmedian", p: 10, solver: "greedy" });
    const r = await optimize(inst, { objective: "pmedian", p: 10, solver: "exact", timeLimitSec: 1 });
    expect(r.status).toBe("time_limit");
    expect(r.solver).toBe("exact");
    expect(r.objective).toBeLessThanOrEqual(greedy.objective);
    if (r.bound !== null) {
      expect(r.bound).toBeLessThanOrEqual(r.objective);
      expect(r.gap).toBeGreaterThanOrEqual(0);
    }
    expect(r.ms).toBeLessThan(8000);
    expect(r.steps.length).toBe(r.selected.length);
  });

  it("MCLP past the time limit reports the incumbent with HiGHS's upper bound", async () => {
    const inst = randomClusteredInstance({ nDemand: 3000, nCand: 400, nClusters: 40, size: 1000, sigma: 30, seed: 1, fixedShare: 0.03 }).instance;
    const r = await optimize(inst, { objective: "mclp", p: 15, threshold: 30, solver: "exact", timeLimitSec: 0.1 });
    // ~0.7 s of HiGHS work on our machine; tolerate a much faster one finishing
    expect(["time_limit", "optimal"]).toContain(r.status);
    expect(r.bound).not.toBeNull();
    expect(r.bound!).toBeGreaterThanOrEqual(r.objective);
    expect(r.gap).toBeCloseTo((r.bound! - r.objective) / r.objective, 12);
  });

  it("an aborted solve returns the heuristic promptly", async () => {
    const inst = hard();
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 300);
    const t0 = performance.now();
    const r = await optimize(inst, { objective: "pmedian", p: 10, solver: "exact", timeLimitSec: 60, signal: controller.signal });
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(r.status).toBe("time_limit");
    expect(r.selected).toHaveLength(10);
  });
});
