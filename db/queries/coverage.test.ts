import { describe, expect, it } from "vitest";
import { coverageQuerySchema } from "@/lib/validation/coverage-query";
import { NotFoundError } from "@/lib/errors";
import { createTestDb } from "../test-db";
import { getCoverageReport } from "./coverage";
import { createDealership } from "./dealerships";
import { systemContext } from "@/lib/request-context";

const TEST_CTX = systemContext("test");

const q = (over: Record<string, string> = {}) => coverageQuerySchema.parse({ brand: "great-wall", threshold: "120", ...over });

describe("coverage report from the database", () => {
  const db = createTestDb();

  it("totals equal the sum of the per-city rows, in both modes", () => {
    for (const mode of ["road", "straight"]) {
      const { coverage } = getCoverageReport(db, q({ mode, threshold: mode === "road" ? "120" : "150" }));
      // one row per demand point (places >= 1,000 inhabitants and district rests), no longer 41 cities
      expect(coverage.cities.length).toBeGreaterThan(1000);
      const sum = (f: (c: (typeof coverage.cities)[number]) => number) => coverage.cities.reduce((s, c) => s + f(c), 0);
      expect(coverage.totals.vehicles).toBe(sum((c) => c.vehicles));
      expect(coverage.totals.coveredVehicles).toBe(sum((c) => (c.covered ? c.vehicles : 0)));
      expect(coverage.totals.uncoveredVehicles).toBe(coverage.gaps.reduce((s, g) => s + g.uncoveredVehicles, 0));
      expect(coverage.totals.shareCovered).toBeCloseTo(coverage.totals.coveredVehicles / coverage.totals.vehicles, 12);
    }
  });

  it("rolls coverage up to places and the 224 districts, adding up to the national totals", () => {
    const report = getCoverageReport(db, q());
    const t = report.coverage.totals;
    expect(report.places.length).toBeGreaterThan(1000);
    expect(report.places.reduce((s, p) => s + p.vehicles, 0)).toBe(t.vehicles);
    expect(report.places.filter((p) => p.covered).reduce((s, p) => s + p.vehicles, 0)).toBe(t.coveredVehicles);
    expect(report.places.every((p) => p.district !== null)).toBe(true);
    expect(report.districts).toHaveLength(224);
    expect(report.districts.reduce((s, d) => s + d.vehicles, 0)).toBe(t.vehicles);
    expect(report.districts.reduce((s, d) => s + d.coveredVehicles, 0)).toBe(t.coveredVehicles);
    // the district gaps: ranked by uncovered vehicles, each listing its uncovered places that add up to it
    const gaps = report.districtGaps;
    expect(gaps.length).toBeGreaterThan(10);
    expect(gaps.map((g) => g.uncoveredVehicles)).toEqual([...gaps.map((g) => g.uncoveredVehicles)].sort((a, b) => b - a));
    for (const g of gaps) expect(g.places.reduce((s, p) => s + p.vehicles, 0)).toBe(g.uncoveredVehicles);
    // a smaller place size makes more demand points but the same park
    const fine = getCoverageReport(db, q({ minPopulation: "200" }));
    expect(fine.places.length).toBeGreaterThan(report.places.length + 500);
    expect(fine.coverage.totals.vehicles).toBe(t.vehicles);
  });

  it("a Great Wall group covers most but not all of its park at 120 minutes, with gaps ranked", () => {
    const { coverage } = getCoverageReport(db, q());
    expect(coverage.totals.shareCovered).toBeGreaterThan(0.5);
    expect(coverage.totals.shareCovered).toBeLessThan(1);
    const gaps = coverage.gaps.map((g) => g.uncoveredVehicles);
    expect(gaps).toEqual([...gaps].sort((a, b) => b - a));
    // Zhezkazgan has no GWM service and the nearest one (Karaganda) is ~550 km of road away
    expect(coverage.gaps.map((g) => g.cityId)).toContain("zhezkazgan");
  });

  it("includes planned sites only when asked, and up to the chosen quarter", () => {
    const site = createDealership(db, TEST_CTX, {
      brand: "haval", name: "Haval Zhezkazgan", city: "zhezkazgan", lat: 47.79, lng: 67.72, status: "planned",
      sales: true, service: true, parts: true, serviceBays: 6, plannedQuarter: "2027-Q2",
    });
    const openOnly = getCoverageReport(db, q());
    const withPlanned = getCoverageReport(db, q({ includePlanned: "true" }));
    const beforeQuarter = getCoverageReport(db, q({ includePlanned: "true", until: "2027-Q1" }));
    const zh = (r: typeof openOnly) => r.coverage.cities.find((c) => c.id === "zhezkazgan")!;
    expect(zh(openOnly).covered).toBe(false);
    expect(zh(withPlanned)).toMatchObject({ covered: true, nearestSiteId: site.id });
    expect(zh(beforeQuarter).covered).toBe(false);
    expect(withPlanned.comparison.coveredVehicles.delta).toBe(
      withPlanned.coverage.totals.coveredVehicles - openOnly.coverage.totals.coveredVehicles,
    );
  });

  it("an unknown brand is a NotFoundError; a group and a brand resolve", () => {
    expect(() => getCoverageReport(db, q({ brand: "zaz" }))).toThrow(NotFoundError);
    expect(getCoverageReport(db, q({ brand: "haval" })).brand.brandSlugs).toEqual(["haval"]);
    expect([...getCoverageReport(db, q()).brand.brandSlugs].sort()).toEqual(["haval", "tank", "wey"]);
  });

  it("the query schema names the bad parameter", () => {
    const bad = coverageQuerySchema.safeParse({ brand: "haval", mode: "teleport", threshold: "-4" });
    expect(bad.success).toBe(false);
    const paths = bad.error!.issues.map((i) => i.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["mode", "threshold"]));
  });
});
