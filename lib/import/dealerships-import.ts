import { DEALERSHIP_IMPORT_OPTIONAL, DEALERSHIP_IMPORT_REQUIRED } from "../validation/import-dealerships";
import { readCsvTable } from "./csv-table";
import { dealershipKey, validateDealershipRecord, type DealershipImportRow, type Where } from "./dealership-record";
import { MAX_IMPORT_ROWS, MAX_REPORTED_ISSUES, sizeProblem, tooManyRowsMessage, utf8Bytes } from "./limits";
import { brandIndex, cityIndex } from "./names";
import type { ImportIssue, ImportParseResult, ImportReferences } from "./types";
import { finishIssues } from "./vehicle-park-csv";

function fileProblem(message: string, tooLarge = false): ImportParseResult<DealershipImportRow> {
  return { ok: false, fileError: true, issues: [tooLarge ? { message, tooLarge } : { message }] };
}

function collect(
  records: { where: Where; fields: Record<string, unknown> }[],
  refs: ImportReferences,
  earlier: ImportIssue[],
): ImportParseResult<DealershipImportRow> {
  const idx = { brands: brandIndex(refs.brands), cities: cityIndex(refs.cities) };
  const issues = [...earlier];
  const rows: DealershipImportRow[] = [];
  const seen = new Map<string, string>();
  let stoppedAt: string | undefined;
  for (const { where, fields } of records) {
    // refused anyway, and no more problems would be listed: stop validating
    if (issues.length >= MAX_REPORTED_ISSUES) {
      stoppedAt = "line" in where ? `line ${where.line}` : `feature ${where.feature}`;
      break;
    }
    const result = validateDealershipRecord(fields, where, idx);
    if ("issues" in result) {
      issues.push(...result.issues);
      continue;
    }
    const { row } = result;
    const key = dealershipKey(row.brandId, row.input.name, row.cityId);
    const first = seen.get(key);
    if (first) {
      issues.push({ ...where, field: "name", message: `Repeats the ${row.brandName} site "${row.input.name}" in ${row.cityName} from ${first}` });
      continue;
    }
    seen.set(key, "line" in where ? `line ${where.line}` : `feature ${where.feature}`);
    rows.push(row);
  }
  if (issues.length) return { ok: false, fileError: false, issues: finishIssues(issues, stoppedAt) };
  return { ok: true, rows };
}

/**
 * Parses dealerships from CSV: columns brand, name, city, lat, lng, status, and optionally
 * address, sales, service, parts, service_bays, opened_on, planned_quarter, notes.
 */
export function parseDealershipsCsv(text: string, refs: ImportReferences): ImportParseResult<DealershipImportRow> {
  const table = readCsvTable(text, { required: [...DEALERSHIP_IMPORT_REQUIRED, "lat", "lng"], optional: DEALERSHIP_IMPORT_OPTIONAL });
  if (!table.ok) return { ok: false, fileError: true, issues: table.issues };
  return collect(table.records.map((r) => ({ where: { line: r.line }, fields: r.cells })), refs, table.rowIssues);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/**
 * Parses dealerships from a GeoJSON FeatureCollection of Points ([lng, lat]); properties as the CSV
 * columns (camelCase or snake_case). Problems name the 1-based feature.
 */
export function parseDealershipsGeoJson(text: string, refs: ImportReferences): ImportParseResult<DealershipImportRow> {
  const tooBig = sizeProblem(utf8Bytes(text));
  if (tooBig) return fileProblem(tooBig, true);
  const body = text.replace(/^\uFEFF/, "");
  if (body.trim() === "") return fileProblem("The file is empty: expected a GeoJSON FeatureCollection.");
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (e) {
    return fileProblem(`The file is not valid JSON: ${(e as Error).message}`);
  }
  if (!isRecord(json) || json.type !== "FeatureCollection" || !Array.isArray(json.features)) {
    return fileProblem('Expected a GeoJSON FeatureCollection ({"type": "FeatureCollection", "features": [...]}).');
  }
  if (json.features.length === 0) return fileProblem("The FeatureCollection has no features: nothing to import.");
  if (json.features.length > MAX_IMPORT_ROWS) return fileProblem(tooManyRowsMessage(), true);

  const issues: ImportIssue[] = [];
  const records: { where: Where; fields: Record<string, unknown> }[] = [];
  json.features.forEach((f: unknown, i: number) => {
    const feature = i + 1;
    const geometry = isRecord(f) && isRecord(f.geometry) ? f.geometry : null;
    const coords = geometry?.type === "Point" && Array.isArray(geometry.coordinates) ? geometry.coordinates : null;
    if (!isRecord(f) || f.type !== "Feature" || !coords || coords.length < 2 || !coords.slice(0, 2).every((c) => typeof c === "number" && Number.isFinite(c))) {
      issues.push({ feature, field: "geometry", message: "Each feature must be a Point with [longitude, latitude] coordinates" });
      return;
    }
    const props: Record<string, unknown> = {};
    // accept snake_case properties (our export writes them) as well as camelCase
    for (const [k, v] of Object.entries(isRecord(f.properties) ? f.properties : {})) {
      props[k.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())] = v;
    }
    records.push({ where: { feature }, fields: { ...props, lng: coords[0], lat: coords[1] } });
  });
  return collect(records, refs, issues);
}
