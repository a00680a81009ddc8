import type { Locale } from "./locales";
import { placeName, type PlaceNames } from "./place-name";

/**
 * The names of one language, keyed the way coverage rows refer to places: demand points by slug,
 * districts by KATO code, regions by their English name (the coverage model carries English names).
 * The English table is empty (the rows already carry English names), so the browser fetches
 * nothing for it (GET /api/place-names).
 */
export interface PlaceNameTable {
  points: Record<string, string>;
  districts: Record<string, string>;
  regions: Record<string, string>;
}

/** The table of `locale` from every place's, district's and region's names. */
export function placeNameTable(names: PlaceNames, locale: Locale): PlaceNameTable {
  const table: PlaceNameTable = { points: {}, districts: {}, regions: {} };
  if (locale === "en") return table;
  for (const [slug, row] of names.citiesBySlug) {
    table.points[slug] = placeName(row, locale);
  }
  for (const [kato, row] of names.districts) {
    table.districts[kato] = placeName(row, locale);
  }
  for (const row of names.regions.values()) {
    if (row.nameEn) table.regions[row.nameEn] = placeName(row, locale);
  }
  return table;
}

/** Names coverage rows in one language; anything the table lacks keeps the name it came with. */
export interface PlaceNamer {
  /** a demand point (a place, or a district's rest "rural-<kato>") */
  point: (p: { id: string; name: string; kind?: string; district?: string }) => string;
  /** a place by its slug (suggestions, gaps: rows that carry only slug and name) */
  place: (slug: string, name: string) => string;
  district: (kato: string, name: string) => string;
  region: (name: string) => string;
}

/**
 * A namer over a table. `restLabel` words a district's rest from the district's name in the
 * reader's language ("Keles District (rest, estimate)"): the caller takes it from its catalogue.
 */
export function placeNamer(table: PlaceNameTable, restLabel: (district: string) => string): PlaceNamer {
  const district = (kato: string, name: string) => table.districts[kato] ?? name;
  const place = (slug: string, name: string): string => {
    if (slug.startsWith("rural-")) {
      const kato = slug.slice("rural-".length);
      const own = table.districts[kato];
      return own ? restLabel(own) : name;
    }
    return table.points[slug] ?? name;
  };
  return {
    point: (p) => (p.kind === "rural" && p.district && !p.id.startsWith("rural-") ? place(`rural-${p.district}`, p.name) : place(p.id, p.name)),
    place,
    district,
    region: (name) => table.regions[name] ?? name,
  };
}

