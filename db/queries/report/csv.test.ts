// The coverage CSV built from a real report over the seeded test database (lib/report/csv.ts on db/ data).
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { listCities } from "@/db/queries/cities";
import { getCoverageReport } from "@/db/queries/coverage";
import { createTestDb } from "@/db/test-db";
import { COVERAGE_CSV_COLUMNS, coverageCsv, CSV_TOTAL_LABEL, UTF8_BOM } from "@/lib/report/csv";
import { reportQuery } from "./test-support";

/** Splits an export into its "# key,value" header and its data rows (as the e2e test and a planner's script would). */
function parseExport(csv: string) {
  const body = csv.replace(/^\uFEFF/, "");
  const [head, table] = body.split("\r\n\r\n");
  const meta = Object.fromEntries(Papa.parse<string[]>(head.trim()).data.map(([k, v]) => [k.replace(/^# /, ""), v]));
  const rows = Papa.parse<Record<string, string>>(table.trim(), { header: true }).data;
  return { meta, rows };
}

describe("coverage CSV", () => {
  const db = createTestDb();
  const namesRu = new Map(listCities(db).map((c) => [c.slug, c.nameRu]));
  const report = getCoverageReport(db, reportQuery({ includePlanned: "true", year: "2025" }));
  const csv = coverageCsv(report, { namesRu, generatedOn: "2025-07-14" });
  const { meta, rows } = parseExport(csv);
  const cities = rows.filter((r) => r.city !== CSV_TOTAL_LABEL);
  const total = rows.find((r) => r.city === CSV_TOTAL_LABEL)!;

  it("starts with a BOM and a parameter block", () => {
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(csv.slice(1).split("\r\n")[0]).toBe("# brand,great-wall");
    expect(meta).toMatchObject({ brand: "great-wall", year: "2025", mode: "road", threshold: "120", unit: "minutes", include_planned: "true", until: "all", vehicles_per_bay_target: "150", generated: "2025-07-14" });
  });

  it("has the columns in order, one row per city and a totals row that matches the report", () => {
    expect(Object.keys(rows[0])).toEqual([...COVERAGE_CSV_COLUMNS]);
    // one row per demand point of the country model (places >= 1,000 inhabitants + district rests), no longer 41 cities
    expect(report.inputs.demand.length).toBeGreaterThan(1000);
    expect(cities).toHaveLength(report.inputs.demand.length);
    // village names repeat across the country; name + region + vehicles tells the rows apart well enough to spot a duplicated row
    expect(new Set(cities.map((c) => `${c.city}|${c.region}|${c.nearest_site}|${c.travel}`)).size).toBe(report.inputs.demand.length);
    const t = report.coverage.totals;
    const sum = (rs: typeof rows, col: string) => rs.reduce((s, r) => s + Number(r[col]), 0);
    expect(sum(cities, "vehicles")).toBe(t.vehicles);
    expect(sum(cities.filter((r) => r.covered === "yes"), "vehicles")).toBe(t.coveredVehicles);
    expect(sum(cities, "uncovered_vehicles")).toBe(t.uncoveredVehicles);
    expect(Number(total.vehicles)).toBe(t.vehicles);
    expect(Number(total.uncovered_vehicles)).toBe(t.uncoveredVehicles);
    expect(Number(meta.covered_vehicles)).toBe(t.coveredVehicles);
    expect(sum(cities, "share_of_park")).toBeCloseTo(1, 2);
  });

  it("keeps Russian names and rounds travel to one decimal in the report's unit", () => {
    const almaty = cities.find((r) => r.city === "Almaty")!;
    expect(almaty.city_ru).toBe("Алматы");
    expect(cities.every((r) => r.unit === "minutes" && /^(\d+(\.\d)?)?$/.test(r.travel))).toBe(true);
    const zh = report.coverage.cities.find((c) => c.id === "zhezkazgan")!;
    expect(Number(cities.find((r) => r.city === "Zhezkazgan")!.travel)).toBe(Math.round(zh.travel! * 10) / 10);
  });

  it("neutralises a formula smuggled in through a site name", () => {
    const evil = { ...report, coverage: { ...report.coverage, cities: report.coverage.cities.map((c, i) => (i === 0 ? { ...c, nearestSiteName: "=cmd|' /C calc'!A0" } : c)) } };
    const out = coverageCsv(evil, { namesRu, generatedOn: "2025-07-14" });
    expect(out).toContain(",'=cmd|' /C calc'!A0,");
    expect(out).not.toMatch(/,=cmd/);
  });
});
