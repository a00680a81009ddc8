import { VEHICLE_PARK_IMPORT_COLUMNS, vehicleParkCsvRowSchema } from "../validation/import-vehicle-park";
import { readCsvTable } from "./csv-table";
import { MAX_REPORTED_ISSUES } from "./limits";
import { brandIndex, cityIndex, clipForMessage } from "./names";
import type { ImportIssue, ImportParseResult, ImportReferences } from "./types";

/** A vehicle-park row ready to write: the city and brand resolved to ids. */
export interface VehicleParkImportRow {
  line: number;
  cityId: number;
  city: string;
  cityName: string;
  brandId: number;
  brand: string;
  brandName: string;
  year: number;
  vehicles: number;
}

/** The key a (city, brand, year) cell is stored under: the table's unique index. */
export function parkCellKey(cityId: number, brandId: number, year: number): string {
  return `${cityId}:${brandId}:${year}`;
}

/**
 * Sorts by line and caps the list, saying how many more there were, or (when checking stopped
 * early, `stoppedAt` being the first row not checked) that later rows were not checked.
 */
export function finishIssues(issues: ImportIssue[], stoppedAt?: string): ImportIssue[] {
  const sorted = [...issues].sort((a, b) => (a.line ?? a.feature ?? 0) - (b.line ?? b.feature ?? 0));
  const shown = sorted.slice(0, MAX_REPORTED_ISSUES);
  if (stoppedAt) return [...shown, { message: `…checking stopped after ${MAX_REPORTED_ISSUES} problems; ${stoppedAt} onwards not checked. Fix these first.` }];
  if (sorted.length <= MAX_REPORTED_ISSUES) return sorted;
  return [...shown, { message: `…and ${sorted.length - MAX_REPORTED_ISSUES} more problems not listed; fix these first.` }];
}

/**
 * Parses and validates a vehicle-park CSV (columns city, brand, year, vehicles). Cities match by
 * English or Russian name or slug, brands by slug or name, ignoring case and spacing. Returns every
 * row, or every problem with its line (and "did you mean" for unknown names); never a mix.
 */
export function parseVehicleParkCsv(text: string, refs: ImportReferences): ImportParseResult<VehicleParkImportRow> {
  const table = readCsvTable(text, { required: VEHICLE_PARK_IMPORT_COLUMNS });
  if (!table.ok) return { ok: false, fileError: true, issues: table.issues };

  const cities = cityIndex(refs.cities);
  const brands = brandIndex(refs.brands);
  const issues: ImportIssue[] = [...table.rowIssues];
  const rows: VehicleParkImportRow[] = [];
  const seen = new Map<string, number>();

  let stoppedAt: string | undefined;
  for (const { line, cells } of table.records) {
    // the file is refused anyway and no more problems would be listed: a 100,000-row bad file
    // must not cost 100,000 failed validations
    if (issues.length >= MAX_REPORTED_ISSUES) {
      stoppedAt = `line ${line}`;
      break;
    }
    const parsed = vehicleParkCsvRowSchema.safeParse(cells);
    const rowIssues: ImportIssue[] = parsed.success
      ? []
      : parsed.error.issues.map((i) => ({ line, field: String(i.path[0] ?? ""), message: i.message }));
    const bad = new Set(rowIssues.map((i) => i.field));

    const city = bad.has("city") ? undefined : cities.find(cells.city);
    if (!bad.has("city") && !city) {
      const suggestions = cities.suggest(cells.city);
      rowIssues.push({
        line, field: "city", suggestions,
        message: `Unknown city "${clipForMessage(cells.city)}"${suggestions.length ? `; did you mean ${suggestions.join(", ")}?` : ""}`,
      });
    }
    const brand = bad.has("brand") ? undefined : brands.find(cells.brand);
    if (!bad.has("brand") && !brand) {
      const suggestions = brands.suggest(cells.brand);
      rowIssues.push({
        line, field: "brand", suggestions,
        message: `Unknown brand "${clipForMessage(cells.brand)}"${suggestions.length ? `; did you mean ${suggestions.join(", ")}?` : ""}`,
      });
    }
    if (rowIssues.length || !parsed.success || !city || !brand) {
      issues.push(...rowIssues);
      continue;
    }
    const key = parkCellKey(city.id, brand.id, parsed.data.year);
    const first = seen.get(key);
    if (first !== undefined) {
      issues.push({ line, message: `Repeats ${city.nameEn} / ${brand.name} / ${parsed.data.year} from line ${first}; keep one row per city, brand and year` });
      continue;
    }
    seen.set(key, line);
    rows.push({
      line, cityId: city.id, city: city.slug, cityName: city.nameEn, brandId: brand.id, brand: brand.slug, brandName: brand.name,
      year: parsed.data.year, vehicles: parsed.data.vehicles,
    });
  }
  if (issues.length) return { ok: false, fileError: false, issues: finishIssues(issues, stoppedAt) };
  return { ok: true, rows };
}
