import { getDb } from "@/db/client";
import { brandIdsForSlug } from "@/db/queries/brands";
import { dealershipListFilter, listDealershipsFiltered, type DealershipListRow } from "@/db/queries/dealerships-filter";
import { listCells, type CellTableName } from "@/db/queries/cell-table";
import type { VehicleParkCellView } from "@/db/queries/vehicle-park";
import { loadPlaceNames } from "@/db/queries/place-names";
import { AppError, ValidationError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import { placeNameOr } from "@/lib/i18n/place-name";
import { csvSeparatorFrom } from "@/lib/validation/csv-options";
import type { CsvCell } from "@/lib/import/export-csv";
import { vehicleParkQuerySchema } from "@/lib/validation/vehicle-park";
import { parseOrThrow } from "@/lib/validation/zod-errors";
import { parseListParams } from "@/lib/validation/dealership-list-params";

function brandIds(slug: string | undefined): number[] | undefined {
  if (!slug) return undefined;
  const ids = brandIdsForSlug(getDb(), slug);
  if (!ids) throw new AppError("not_found", { key: "not_found.brand", params: { brand: slug } });
  return ids;
}

/**
 * ?sep=; for a spreadsheet in a Russian locale (numbers keep their decimal point, so the file
 * imports back unchanged); 400 naming `sep` for anything else.
 */
export function separatorFor(request: Request): "," | ";" {
  const sep = csvSeparatorFrom(new URL(request.url).searchParams);
  if (!sep.success) throw new ValidationError(sep.error.issues[0].message, { sep: [sep.error.issues[0].message] });
  return sep.data;
}

// the export's own parameters, not filters
const NOT_FILTERS = new Set(["sep", "delimiter", "lang"]);

/** Vehicle-park or sales cells for ?year=&brand= (all years and brands by default), place names in `locale`. */
export function cellsForExport(request: Request, table: CellTableName, locale: Locale = "en"): { cells: VehicleParkCellView[]; suffix: string } {
  const raw = Object.fromEntries([...new URL(request.url).searchParams.entries()].filter(([k, v]) => v !== "" && !NOT_FILTERS.has(k)));
  const q = parseOrThrow(vehicleParkQuerySchema, raw, "export query");
  const names = loadPlaceNames(getDb());
  const cells = listCells(getDb(), table, { years: q.year ? [q.year] : undefined, brandIds: brandIds(q.brand) }).map((c) => ({
    ...c,
    cityName: placeNameOr(names.cities.get(c.cityId), c.cityName, locale),
    regionName: placeNameOr(names.regions.get(c.regionSlug), c.regionName, locale),
  }));
  return { cells, suffix: [q.brand, q.year].filter(Boolean).join("-") || "all" };
}

/** Vehicle-park cells for ?year=&brand= (all years and brands by default), place names in `locale`. */
export function vehicleParkForExport(request: Request, locale: Locale = "en"): { cells: VehicleParkCellView[]; suffix: string } {
  return cellsForExport(request, "vehicle_park", locale);
}

// column names match the import's, so an export can be edited and imported back; they stay English
// whatever the language (tools key on them), while names of places and regions follow it
export const VEHICLE_PARK_HEADER = ["city", "city_ru", "region", "brand", "brand_name", "manufacturer", "year", "vehicles", "is_estimate", "source"];

export function vehicleParkRow(c: VehicleParkCellView): CsvCell[] {
  return [c.city, c.cityNameRu, c.regionName, c.brand, c.brandName, c.manufacturer, c.year, c.vehicles, c.isEstimate, c.source];
}

export function vehicleParkProperties(c: VehicleParkCellView) {
  return {
    city: c.city, city_name: c.cityName, city_ru: c.cityNameRu, region: c.regionName, brand: c.brand, brand_name: c.brandName,
    manufacturer: c.manufacturer, year: c.year, vehicles: c.vehicles, is_estimate: c.isEstimate, source: c.source,
  };
}

/** Dealerships for the registry's filters (?brand=&status=&region=&city=&services=&q=&sort=&dir=), place names in `locale`. */
export function dealershipsForExport(request: Request, locale: Locale = "en"): DealershipListRow[] {
  const sp = new URL(request.url).searchParams;
  const raw: Record<string, string | string[]> = {};
  for (const key of new Set(sp.keys())) if (!NOT_FILTERS.has(key)) raw[key] = sp.getAll(key);
  const p = parseListParams(raw);
  const names = loadPlaceNames(getDb());
  return listDealershipsFiltered(getDb(), dealershipListFilter(p, brandIds(p.brand))).sites.map((d) => ({
    ...d,
    cityName: placeNameOr(names.cities.get(d.cityId), d.cityName, locale),
    regionName: placeNameOr(names.regions.get(d.regionSlug), d.regionName, locale),
  }));
}

// one entry per column, so a header can never drift from its value
const DEALERSHIP_COLUMNS: [header: string, value: (d: DealershipListRow) => CsvCell][] = [
  ["id", (d) => d.id], ["brand", (d) => d.brand], ["brand_name", (d) => d.brandName], ["manufacturer", (d) => d.manufacturer],
  ["name", (d) => d.name], ["city", (d) => d.city], ["city_name", (d) => d.cityName], ["region", (d) => d.regionName],
  ["lat", (d) => d.lat], ["lng", (d) => d.lng], ["address", (d) => d.address], ["status", (d) => d.status],
  ["sales", (d) => d.sales], ["service", (d) => d.service], ["parts", (d) => d.parts], ["service_bays", (d) => d.serviceBays],
  ["opened_on", (d) => d.openedOn], ["planned_quarter", (d) => d.plannedQuarter], ["notes", (d) => d.notes],
  ["source", (d) => d.source], ["updated_at", (d) => d.updatedAt],
];

export const DEALERSHIP_HEADER = DEALERSHIP_COLUMNS.map(([header]) => header);

export function dealershipRow(d: DealershipListRow): CsvCell[] {
  return DEALERSHIP_COLUMNS.map(([, value]) => value(d));
}

/** The CSV columns as GeoJSON properties (the position is the geometry, so lat/lng are left out). */
export function dealershipProperties(d: DealershipListRow): Record<string, string | number | boolean | null> {
  const row = dealershipRow(d);
  const props: Record<string, string | number | boolean | null> = {};
  DEALERSHIP_HEADER.forEach((h, i) => {
    if (h !== "lat" && h !== "lng") props[h] = row[i] ?? null;
  });
  return props;
}

/** Headers of a file download. */
export function downloadHeaders(contentType: string, filename: string): HeadersInit {
  return {
    "Content-Type": contentType,
    "Content-Disposition": `attachment; filename="${filename}"`,
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
  };
}
