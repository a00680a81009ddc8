import type { Locale } from "./locales";

/** A place, district or region row as the queries return it (camelCase names; zh/kk may be missing). */
export interface NamedPlace {
  nameEn?: string | null;
  nameRu: string;
  nameKk?: string | null;
  nameZh?: string | null;
}

/**
 * A place's, district's or region's name in the reader's language: en, ru and kk from the data,
 * zh where the seed has a Chinese name (regions and the 41 main cities); anything missing falls
 * back to Russian, the name every row has and every reader in Kazakhstan can read. Used by every
 * view and export that shows a place, so they all name it alike.
 */
export function placeName(row: NamedPlace, locale: Locale): string {
  const name = locale === "en" ? row.nameEn : locale === "kk" ? row.nameKk : locale === "zh" ? row.nameZh : row.nameRu;
  return name?.trim() ? name : row.nameRu;
}

/** placeName of a looked-up row, or `fallback` (the name the row came with) when the lookup found none. */
export function placeNameOr(row: NamedPlace | undefined, fallback: string, locale: Locale): string {
  return row ? placeName(row, locale) : fallback;
}

/** Every place's, district's and region's names (db/queries/place-names.ts loads them). */
export interface PlaceNames {
  cities: Map<number, NamedPlace>;
  /** places by slug: the coverage model's demand points are keyed by slug */
  citiesBySlug: Map<string, NamedPlace>;
  /** by region id, slug and English name (rows such as dealerships carry the English name only) */
  regions: Map<number | string, NamedPlace>;
  districts: Map<string, NamedPlace>;
}

/**
 * The name of a coverage point (a gap, a covered place) in the reader's language: a place by its
 * slug; a district's rest ("rural-<kato>") as `restLabel(district name)`, e.g. "Keles District
 * (rest, estimate)" from the "common.districtRest" message; else the name it came with.
 */
export function coveragePointName(
  point: { id: string; name: string; kind?: string; district?: string },
  names: PlaceNames,
  locale: Locale,
  restLabel: (district: string) => string,
): string {
  const restKato = point.kind === "rural" || point.id.startsWith("rural-") ? (point.district ?? point.id.slice("rural-".length)) : null;
  if (restKato) {
    const district = names.districts.get(restKato);
    return district ? restLabel(placeName(district, locale)) : point.name;
  }
  return placeNameOr(names.citiesBySlug.get(point.id), point.name, locale);
}
