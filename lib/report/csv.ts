import Papa from "papaparse";
import type { CoverageReport } from "../planning/coverage-report";
import type { PlaceNamer } from "../i18n/place-namer";

/** Excel and LibreOffice read a UTF-8 file as the local code page unless it starts with this mark. */
export const UTF8_BOM = "\uFEFF";

type Cell = string | number | boolean | null | undefined;

// A spreadsheet runs a cell starting with these as a formula (CSV injection); tab and CR can hide one.
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell made inert for spreadsheets (prefixed with '); numbers pass unchanged, so -5 stays -5. */
export function neutraliseCell(cell: Cell): Cell {
  return typeof cell === "string" && FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** The field separator: "," by default, ";" for spreadsheets set to a Russian (or any decimal-comma) locale. */
export type CsvSeparator = "," | ";";

/** CSV text (CRLF, RFC 4180 quoting) of the rows with every text cell neutralised; no BOM. */
export function toCsv(rows: readonly (readonly Cell[])[], separator: CsvSeparator = ","): string {
  // papaparse's own escapeFormulae misses multi-line cells, so neutralise before quoting
  return Papa.unparse(
    rows.map((r) => r.map((c) => neutraliseCell(c ?? ""))),
    { newline: "\r\n", quotes: false, delimiter: separator },
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
  // the sales model (issue 12) for the same brand and year: new cars a year at the demand point, the
  // brand's expected sales there and its share; empty when the year has no sales figures
  "sales_potential",
  "sales_captured",
  "sales_share",
] as const;

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;

export interface CoverageCsvOptions {
  /** city slug -> Russian name */
  namesRu?: ReadonlyMap<string, string>;
  /** ";" also writes decimals with a comma (12,5), as a Russian-locale Excel reads them */
  separator?: CsvSeparator;
  /** demand point id -> the sales model's potential and captured sales there (lib/report/sales-by-demand.ts) */
  sales?: ReadonlyMap<string, { potential: number; captured: number }> | null;
  /** names the city and region cells in the reader's language (column names stay English) */
  namer?: Pick<PlaceNamer, "place" | "region">;
}

/** The three sales cells of a row: 0 where the model has no sales, empty when there is no model at all. */
function salesCells(cell: { potential: number; captured: number } | undefined, known: boolean, decimal: (n: number) => Cell): Cell[] {
  if (!known) return ["", "", ""];
  const potential = cell?.potential ?? 0;
  const captured = cell?.captured ?? 0;
  return [decimal(round(potential, 3)), decimal(round(captured, 3)), decimal(potential > 0 ? round(captured / potential, 6) : 0)];
}

/**
 * The coverage report as CSV for a spreadsheet or pandas: one header row, then one row per demand point
 * (travel in the report's unit, 1 decimal; share_of_park 0..1), largest park first. Nothing else: the
 * parameters and totals are in the GeoJSON's `metadata` (and the report page). Starts with a BOM.
 */
export function coverageCsv(report: Pick<CoverageReport, "coverage">, options: CoverageCsvOptions = {}): string {
  const { coverage } = report;
  const total = coverage.totals.vehicles;
  const separator = options.separator ?? ",";
  const decimal = (n: number): Cell => (separator === ";" ? String(n).replace(".", ",") : n);
  // 6 decimals: with ~1,300 demand points many shares are below 0.0001, and 4 decimals lost 1.4 % of the park
  const share = (v: number) => (total > 0 ? round(v / total, 6) : 0);
  const cities = [...coverage.cities].sort((a, b) => b.vehicles - a.vehicles || a.name.localeCompare(b.name));
  const rows: Cell[][] = cities.map((c) => [
    options.namer ? options.namer.place(c.id, c.name) : c.name,
    options.namesRu?.get(c.id) ?? "",
    options.namer ? options.namer.region(c.region) : c.region,
    c.vehicles,
    c.nearestSiteName ?? "",
    c.travel === null ? "" : decimal(round(c.travel, 1)),
    coverage.unit,
    c.covered ? "yes" : "no",
    c.uncoveredVehicles,
    decimal(share(c.vehicles)),
    ...salesCells(options.sales?.get(c.id), options.sales !== undefined && options.sales !== null, decimal),
  ]);
  return `${UTF8_BOM}${toCsv([[...COVERAGE_CSV_COLUMNS], ...rows], separator)}\r\n`;
}
