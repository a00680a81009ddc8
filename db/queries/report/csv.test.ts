// The coverage CSV built from a real report over the seeded test database (lib/report/csv.ts on db/ data).
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { listCities } from "@/db/queries/cities";
import { getCoverageReport } from "@/db/queries/coverage";
import { createTestDb } from "@/db/test-db";
import { COVERAGE_CSV_COLUMNS, coverageCsv, UTF8_BOM } from "@/lib/report/csv";
import { getMarket } from "../market";
import { reportMarket, reportSalesByDemandPoint } from "./sales-section";
import { reportQuery } from "./test-support";

/** The export's rows, read as pandas or any plain CSV reader would: header row, then data. */
function parseExport(csv: string, delimiter = ",") {
  return Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, "").trim(), { header: true, delimiter }).data;
}

describe("coverage CSV", () => {
  const db = createTestDb();
  const namesRu = new Map(listCities(db).map((c) => [c.slug, c.nameRu]));
  const report = getCoverageReport(db, reportQuery({ includePlanned: "true", year: "2025" }));
  const csv = coverageCsv(report, { namesRu });
  const rows = parseExport(csv);
  const cities = rows;

  it("starts with a BOM and the header row: no parameter block, no totals row", () => {
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(csv.slice(1).split("\r\n")[0]).toBe(COVERAGE_CSV_COLUMNS.join(","));
    expect(csv).not.toMatch(/^#/m);
    expect(csv.trimEnd().split("\r\n")).toHaveLength(1 + report.inputs.demand.length);
  });

  it("has the columns in order and one row per demand point that add up to the report's totals", () => {
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
    const out = coverageCsv(evil, { namesRu });
    expect(out).toContain(",'=cmd|' /C calc'!A0,");
    expect(out).not.toMatch(/,=cmd/);
  });

  it("with ?sep=; writes semicolons and decimal commas, the same figures", () => {
    const semi = coverageCsv(report, { namesRu, separator: ";" });
    expect(semi.slice(1).split("\r\n")[0]).toBe(COVERAGE_CSV_COLUMNS.join(";"));
    const semiRows = parseExport(semi, ";");
    expect(semiRows).toHaveLength(rows.length);
    const zh = semiRows.find((r) => r.city === "Zhezkazgan")!;
    expect(zh.travel).toBe(cities.find((r) => r.city === "Zhezkazgan")!.travel.replace(".", ","));
    expect(semiRows.reduce((s, r) => s + Number(r.vehicles), 0)).toBe(report.coverage.totals.vehicles);
  });

  it("carries the sales model's figures per demand point: they add up to GET /api/market's totals", () => {
    const market = reportMarket(db, report)!;
    const api = getMarket(db, { brand: "great-wall", year: 2025, includePlanned: true });
    expect(market.totals).toEqual(api.totals);
    const withSales = parseExport(coverageCsv(report, { namesRu, sales: reportSalesByDemandPoint(db, report, market) }));
    const sum = (col: string) => withSales.reduce((s, r) => s + Number(r[col]), 0);
    // every place counted once (rows rounded to 0.001 car, so within a car over ~2,000 rows)
    expect(sum("sales_potential")).toBe(api.totals.potential);
    expect(Math.abs(sum("sales_captured") - api.totals.captured)).toBeLessThan(1);
    const almaty = withSales.find((r) => r.city === "Almaty")!;
    const almatyApi = api.places.find((p) => p.name === "Almaty")!;
    expect(Number(almaty.sales_potential)).toBe(almatyApi.potential);
    expect(Number(almaty.sales_share)).toBeCloseTo(almatyApi.share, 5);
    // the brand never sells more than a place's market
    expect(withSales.every((r) => Number(r.sales_captured) <= Number(r.sales_potential) + 1e-6)).toBe(true);
    // without sales figures for the year the columns stay, empty
    expect(rows[0].sales_potential).toBe("");
  });
});
