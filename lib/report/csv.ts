import Papa from "papaparse";
import type { CoverageReport } from "../planning/coverage-report";
import { reportParameters } from "./parameters";

/** Excel and LibreOffice read a UTF-8 file as the local code page unless it starts with this mark. */
export const UTF8_BOM = "\uFEFF";

type Cell = string | number | boolean | null | undefined;

// A spreadsheet runs a cell starting with these as a formula (CSV injection); tab and CR can hide one.
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell made inert for spreadsheets (prefixed with '); numbers pass unchanged, so -5 stays -5. */
export function neutraliseCell(cell: Cell): Cell {
  return typeof cell === "string" && FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** CSV text (CRLF, RFC 4180 quoting) of the rows with every text cell neutralised; no BOM. */
export function toCsv(rows: readonly (readonly Cell[])[]): string {
  // papaparse's own escapeFormulae misses multi-line cells, so neutralise before quoting
  return Papa.unparse(
    rows.map((r) => r.map((c) => neutraliseCell(c ?? ""))),
    { newline: "\r\n", quotes: false },
  );
}

/** The CSV columns, in order. */
export const COVERAGE_CSV_COLUMNS = [
  "city",
  "city_ru",
  "region",
  "vehicles",
  "nearest_site",
  "travel",
  "unit",
  "covered",
  "uncovered_vehicles",
  "share_of_park",
] as const;

/** The label of the totals row in the city column. */
export const CSV_TOTAL_LABEL = "Total";

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;

export interface CoverageCsvOptions {
  /** city slug -> Russian name */
  namesRu?: ReadonlyMap<string, string>;
  /** "2025-07-14" */
  generatedOn: string;
}

/**
 * The coverage report as CSV for a spreadsheet: a "# key,value" block with the parameters, a blank
 * line, one row per city (travel in the report's unit, 1 decimal; share_of_park 0..1), then a totals
 * row whose travel is the vehicle-weighted mean. Starts with a BOM.
 */
export function coverageCsv(report: Pick<CoverageReport, "brand" | "year" | "query" | "coverage">, options: CoverageCsvOptions): string {
  const { coverage } = report;
  const total = coverage.totals.vehicles;
  // 6 decimals: with ~1,300 demand points many shares are below 0.0001, and 4 decimals lost 1.4 % of the park
  const share = (v: number) => (total > 0 ? round(v / total, 6) : 0);
  const header = reportParameters(report, options.generatedOn).map((p) => [`# ${p.key}`, p.value]);
  const t = coverage.totals;
  header.push(["# covered_vehicles", t.coveredVehicles], ["# share_covered", round(t.shareCovered, 4)]);

  const cities = [...coverage.cities].sort((a, b) => b.vehicles - a.vehicles || a.name.localeCompare(b.name));
  const rows: Cell[][] = cities.map((c) => [
    c.name,
    options.namesRu?.get(c.id) ?? "",
    c.region,
    c.vehicles,
    c.nearestSiteName ?? "",
    c.travel === null ? "" : round(c.travel, 1),
    coverage.unit,
    c.covered ? "yes" : "no",
    c.uncoveredVehicles,
    share(c.vehicles),
  ]);
  rows.push([
    CSV_TOTAL_LABEL,
    "",
    "",
    t.vehicles,
    "",
    t.meanTravel === null ? "" : round(t.meanTravel, 1),
    coverage.unit,
    "",
    t.uncoveredVehicles,
    total > 0 ? 1 : 0,
  ]);
  return `${UTF8_BOM}${toCsv(header)}\r\n\r\n${toCsv([[...COVERAGE_CSV_COLUMNS], ...rows])}\r\n`;
}
