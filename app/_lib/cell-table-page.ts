import "server-only";
import { brandIdsForSlug, listBrands } from "@/db/queries/brands";
import { listCellYears, listCells, type CellTableName } from "@/db/queries/cell-table";
import { listCities } from "@/db/queries/cities";
import type { Db } from "@/db/connection";
import { loadPlaceNames } from "@/db/queries/place-names";
import { buildParkTable, type ParkTableModel } from "@/components/registry/park-table-model";
import type { Locale } from "@/lib/i18n/locales";
import { placeName, placeNameOr } from "@/lib/i18n/place-name";
import { vehicleParkQuerySchema } from "@/lib/validation/vehicle-park";

export type Search = Record<string, string | string[] | undefined>;
type Brand = ReturnType<typeof listBrands>[number];

function first(v: string | string[] | undefined) {
  return Array.isArray(v) ? v[0] : v || undefined;
}

export interface CellTablePage {
  query: { year?: number; brand?: string };
  /** the asked-for brand's ids; null when no brand was asked for or it is unknown */
  ids: number[] | null;
  year: number;
  yearChoices: number[];
  model: ParkTableModel;
  /** `year=…&brand=…` for the export links */
  exportQuery: string;
}

/**
 * What the vehicle-park and sales pages show: the ?year=&brand= filter (a bad value falls back to the
 * defaults), the city × brand table of that year beside the previous one, names in the reader's language.
 * `column` says which brands get a column when no brand is asked for.
 */
export function loadCellTablePage(db: Db, table: CellTableName, raw: Search, locale: Locale, column: (brand: Brand) => boolean): CellTablePage {
  const parsed = vehicleParkQuerySchema.safeParse({ year: first(raw.year), brand: first(raw.brand) });
  const query = parsed.success ? parsed.data : {};
  const years = listCellYears(db, table);
  const year = query.year ?? years.at(-1) ?? new Date().getFullYear();
  const previousYear = years.filter((y) => y < year).at(-1) ?? null;
  const ids = query.brand ? brandIdsForSlug(db, query.brand) : null;
  const columns = listBrands(db)
    .filter((b) => (ids ? ids.includes(b.id) : column(b)))
    .map((b) => ({ id: b.id, slug: b.slug, name: b.name, manufacturer: b.manufacturer }));
  const names = loadPlaceNames(db);
  const regionName = (c: { regionSlug: string; regionName: string }) => placeNameOr(names.regions.get(c.regionSlug), c.regionName, locale);
  const model = buildParkTable({
    year,
    previousYear,
    columns,
    // the rows and region totals show names in the reader's language
    cities: listCities(db).map((c) => ({ ...c, nameEn: placeName(c, locale), regionName: regionName(c) })),
    cells: listCells(db, table, { years: previousYear ? [year, previousYear] : [year], brandIds: columns.map((c) => c.id) }).map((c) => ({ ...c, regionName: regionName(c) })),
  });
  return {
    query,
    ids,
    year,
    yearChoices: [...new Set([...years, year])].sort(),
    model,
    exportQuery: new URLSearchParams({ year: String(year), ...(query.brand ? { brand: query.brand } : {}) }).toString(),
  };
}
