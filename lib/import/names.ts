import { CITY_ALIASES } from "./aliases";
import { closestNames } from "./levenshtein";
import type { ReferenceBrand, ReferenceCity } from "./types";

/**
 * The key a name is matched by: lower case, ё→е, hyphens/underscores/dots as spaces, runs of
 * spaces collapsed. "  UST-Kamenogorsk " and "ust kamenogorsk" match; so do "Семей" and "семей".
 */
export function nameKey(name: string): string {
  return name
    .normalize("NFC")
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/[-_.'’`]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

export interface NameIndex<T> {
  find(name: string): T | undefined;
  suggest(name: string): string[];
}

function buildIndex<T>(items: readonly T[], keysOf: (item: T) => string[], labelOf: (item: T) => string): NameIndex<T> {
  const byKey = new Map<string, T>();
  const candidates: { key: string; label: string }[] = [];
  for (const item of items) {
    for (const k of keysOf(item)) {
      const key = nameKey(k);
      if (!byKey.has(key)) byKey.set(key, item);
      candidates.push({ key, label: labelOf(item) });
    }
  }
  return {
    find: (name) => byKey.get(nameKey(name)),
    suggest: (name) => closestNames(nameKey(name), candidates),
  };
}

/** Cities by English name, Russian name, slug or a known other name; suggestions read "Almaty (Алматы)". */
export function cityIndex(cities: readonly ReferenceCity[]): NameIndex<ReferenceCity> {
  return buildIndex(
    cities,
    (c) => [c.nameEn, c.nameRu, c.slug, ...(CITY_ALIASES[c.slug] ?? [])],
    (c) => `${c.nameEn} (${c.nameRu})`,
  );
}

/** Brands by slug or name; suggestions are brand names. */
export function brandIndex(brands: readonly ReferenceBrand[]): NameIndex<ReferenceBrand> {
  return buildIndex(brands, (b) => [b.slug, b.name], (b) => b.name);
}
