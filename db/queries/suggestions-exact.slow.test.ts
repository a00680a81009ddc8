// The exact solver (HiGHS) on the seeded network: seconds per solve, so in the slow project (npm run test:slow).
import { describe, expect, it } from "vitest";
import { suggestionRequestSchema } from "@/lib/validation/suggestion";
import { createTestDb } from "../test-db";
import { getSuggestions } from "./suggestions";

const request = (over: Record<string, unknown> = {}) =>
  suggestionRequestSchema.parse({ brand: "great-wall", count: 3, objective: "mclp", mode: "road", threshold: 120, ...over });

describe("site suggestions on the seeded network, exact solver", () => {
  it("the exact solver (HiGHS) proves an optimum at least as good as greedy", async () => {
    const db = createTestDb();
    const greedy = await getSuggestions(db, request());
    const exact = await getSuggestions(db, request({ solver: "exact" }));
    expect(exact.status).toBe("optimal");
    expect(exact.gap).toBeCloseTo(0, 6);
    expect(exact.objective).toBeGreaterThanOrEqual(greedy.objective);
    expect(exact.after.coveredVehicles).toBe(exact.objective);
  });

  it("LSCP: the fewest new sites that reach a target share, proven by the exact solver", async () => {
    const db = createTestDb();
    const greedy = await getSuggestions(db, request({ objective: "lscp", constraints: { targetShare: 0.95 } }));
    const exact = await getSuggestions(db, request({ objective: "lscp", solver: "exact", constraints: { targetShare: 0.95 } }));
    for (const r of [greedy, exact]) expect(r.after.shareCovered).toBeGreaterThanOrEqual(0.95);
    expect(exact.status).toBe("optimal");
    expect(exact.sites.length).toBeLessThanOrEqual(greedy.sites.length);
    expect(exact.sites.length).toBeGreaterThan(0);
  });
});
