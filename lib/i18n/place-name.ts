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
