import { describe, expect, it } from "vitest";
import { suggestionRequestSchema } from "@/lib/validation/suggestion";
import { createTestDb } from "../test-db";
import { getMarket } from "./market";
import { answerSuggestions, getSalesSuggestions } from "./suggestions";

const request = (over: Record<string, unknown> = {}) => suggestionRequestSchema.parse({ brand: "great-wall", count: 3, objective: "sales", year: 2025, ...over });

describe("sales suggestions on the seeded market", () => {
  it("greedy: three points, each explained by new buyers, competitors' and our own buyers", async () => {
    const db = createTestDb();
    const s = await getSalesSuggestions(db, request());
    // suggestions count planned openings by default, as for coverage
    const market = getMarket(db, { brand: "great-wall", year: 2025, includePlanned: true });
    expect(s).toMatchObject({ objective: "sales", brand: "great-wall", year: 2025, solver: "greedy", status: "heuristic" });
    expect(s.sites).toHaveLength(3);
    expect(s.before.captured).toBeCloseTo(market.totals.captured, 0);
    let captured = s.before.captured;
    for (const site of s.sites) {
      expect(site.netGain).toBeGreaterThan(0);
      expect(site.newBuyers + site.fromCompetitors + site.fromOwn).toBeCloseTo(site.expectedSales, 6);
      expect(site.netGain).toBeCloseTo(site.newBuyers + site.fromCompetitors, 6);
      captured += site.netGain;
    }
    expect(s.after.captured).toBeCloseTo(captured, 3);
    // gains shrink along the greedy order (submodularity), and the bound is at least the value
    expect(s.sites[0].netGain).toBeGreaterThanOrEqual(s.sites[1].netGain);
    expect(s.bound!).toBeGreaterThanOrEqual(s.value);
  });

  it("goes through answerSuggestions, honours excluded cities, refuses unknown ones and an unknown scenario", async () => {
    const db = createTestDb();
    const first = await answerSuggestions(db, request({ count: 1 }));
    if (!("objective" in first)) throw new Error("expected a sales answer");
    const city = first.sites[0].cityId;
    const without = await getSalesSuggestions(db, request({ count: 1, constraints: { excludeCities: [city] } }));
    expect(without.sites[0].cityId).not.toBe(city);
    await expect(getSalesSuggestions(db, request({ constraints: { excludeCities: ["atlantis"] } }))).rejects.toThrow(/atlantis/);
    await expect(getSalesSuggestions(db, request({ scenario: 999 }))).rejects.toThrow(/Scenario 999/);
  });
});
