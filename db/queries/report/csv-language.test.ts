// The coverage CSV in the reader's language: cell values (places, regions, district rests) follow it,
// the header and the figures do not (lib/report/csv.ts with lib/i18n/place-namer.ts on db/ data).
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { getCoverageReport } from "@/db/queries/coverage";
import { loadPlaceNames } from "@/db/queries/place-names";
import { createTestDb } from "@/db/test-db";
import { placeNameTable, placeNamer } from "@/lib/i18n/place-namer";
import { COVERAGE_CSV_COLUMNS, coverageCsv } from "@/lib/report/csv";
import { reportQuery } from "./test-support";

const parse = (csv: string) => Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, "").trim(), { header: true }).data;

describe("coverage CSV in the reader's language", () => {
  const db = createTestDb();
  const names = loadPlaceNames(db);
  const report = getCoverageReport(db, reportQuery({ includePlanned: "true", year: "2025" }));
  const rest = (district: string) => `${district} (rest)`;
  const rowsIn = (locale: "en" | "ru" | "zh") => parse(coverageCsv(report, { namer: placeNamer(placeNameTable(names, locale), rest) }));
  const en = rowsIn("en");
  const ru = rowsIn("ru");
  const zh = rowsIn("zh");

  it("keeps the English header and every figure, row for row", () => {
    for (const rows of [ru, zh]) {
      expect(Object.keys(rows[0])).toEqual([...COVERAGE_CSV_COLUMNS]);
      expect(rows.map((r) => [r.vehicles, r.travel, r.covered, r.unit, r.share_of_park])).toEqual(en.map((r) => [r.vehicles, r.travel, r.covered, r.unit, r.share_of_park]));
    }
  });

  it("names places and regions in the language: Chinese for the main cities and regions, Russian where Chinese has none", () => {
    const i = en.findIndex((r) => r.city === "Almaty");
    expect(ru[i].city).toBe("Алматы");
    expect(zh[i].city).toBe("阿拉木图");
    expect(zh[i].region).not.toBe(en[i].region);
    expect(zh[i].region).toMatch(/[\u4e00-\u9fff]/);
    // a village has no Chinese name in the data: its Russian one
    const village = report.coverage.cities.findIndex((c) => !c.id.startsWith("rural-") && !names.citiesBySlug.get(c.id)?.nameZh);
    const sorted = [...report.coverage.cities].sort((a, b) => b.vehicles - a.vehicles || a.name.localeCompare(b.name));
    const row = sorted.findIndex((c) => c.id === report.coverage.cities[village].id);
    expect(zh[row].city).toBe(names.citiesBySlug.get(report.coverage.cities[village].id)!.nameRu);
  });

  it("words a district's rest from the district's name in the language", () => {
    const i = en.findIndex((r) => r.city.endsWith("District (rest, estimate)"));
    expect(i).toBeGreaterThanOrEqual(0);
    expect(ru[i].city).toMatch(/^[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі\s-]+ \(rest\)$/);
  });
});
