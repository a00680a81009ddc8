import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { listCities } from "@/db/queries/cities";
import { getCoverageReport } from "@/db/queries/coverage";
import { createTestDb } from "@/db/test-db";
import { COVERAGE_CSV_COLUMNS, coverageCsv, neutraliseCell, toCsv, UTF8_BOM } from "./csv";
import { exportFileName } from "./parameters";
import { reportQuery } from "./test-support";

/** The export's rows, read as pandas or any plain CSV reader would: header row, then data. */
function parseExport(csv: string) {
  return Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, "").trim(), { header: true }).data;
}

describe("CSV writer", () => {
  it("neutralises formula-like text cells, not numbers", () => {
    expect(["=1+2", "+7", "-cmd", "@SUM(A1)", "\tx", "safe", "a=b"].map(neutraliseCell)).toEqual(["'=1+2", "'+7", "'-cmd", "'@SUM(A1)", "'\tx", "safe", "a=b"]);
    expect(neutraliseCell(-5)).toBe(-5);
    // papaparse's own escape misses a multi-line formula; ours does not
    expect(toCsv([["=HYPERLINK(\"x\")\nline 2", 1]])).toBe('"\'=HYPERLINK(""x"")\nline 2",1');
  });

  it("quotes commas and quotes (RFC 4180) and keeps Cyrillic text", () => {
    expect(toCsv([["Алматы, центр", 'say "hi"', null]])).toBe('"Алматы, центр","say ""hi""",');
  });

  it("names files after the brand and date with safe characters only", () => {
    expect(exportFileName("great-wall", "2025-07-14", "csv")).toBe("coverage-great-wall-2025-07-14.csv");
    expect(exportFileName('a"b/../c', "2025-07-14", "geojson")).toBe("coverage-a-b-c-2025-07-14.geojson");
  });
});

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
    expect(csv.trimEnd().split("\r\n")).toHaveLength(1 + 41);
  });

  it("has the columns in order and one row per city that add up to the report's totals", () => {
    expect(Object.keys(rows[0])).toEqual([...COVERAGE_CSV_COLUMNS]);
    expect(cities).toHaveLength(41);
    expect(new Set(cities.map((c) => c.city)).size).toBe(41);
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
});
