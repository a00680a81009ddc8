import { describe, expect, it } from "vitest";
import { suggestionRequestSchema } from "@/lib/validation/suggestion";
import { createTestDb } from "../test-db";
import { getSalesSuggestions } from "./suggestions";

describe("exact sales suggestions (HiGHS) on the seeded market", () => {
  it("proves the best two points among the cities of 100,000+, never below greedy", async () => {
    const db = createTestDb();
    const ask = (solver: "greedy" | "exact") =>
      getSalesSuggestions(db, suggestionRequestSchema.parse({ brand: "great-wall", count: 2, objective: "sales", year: 2025, solver, candidateMinPopulation: 100000, timeLimitSeconds: 60 }));
    const greedy = await ask("greedy");
    const exact = await ask("exact");
    expect(exact.solver).toBe("exact");
    expect(exact.status).toBe("optimal");
    expect(exact.value).toBeGreaterThanOrEqual(greedy.value - 1e-6);
    expect(exact.bound).toBeCloseTo(exact.value, 6);
    expect(exact.after.captured).toBeCloseTo(exact.value, 3);
    expect(greedy.value).toBeGreaterThanOrEqual((1 - 1 / Math.E) * exact.value);
  }, 120_000);
});
