import { CITY_ALIASES } from "./aliases";
import { normaliseName } from "../validation/text";
import { closestNames } from "./levenshtein";
import type { ReferenceBrand, ReferenceCity } from "./types";

/**
 * The key a name is matched by: lower case, ё→е, hyphens/underscores/dots as spaces, runs of
 * spaces collapsed. "  UST-Kamenogorsk " and "ust kamenogorsk" match; so do "Семей" and "семей".
 */
export function nameKey(name: string): string {
  return normaliseName(name)
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
  // a file repeats the same unknown name on many rows: compute each suggestion once
  const suggested = new Map<string, string[]>();
  return {
    find: (name) => byKey.get(nameKey(name)),
    suggest: (name) => {
      const key = nameKey(name);
      let out = suggested.get(key);
      if (!out) {
        out = closestNames(key, candidates);
        if (suggested.size < 10_000) suggested.set(key, out);
      }
      return out;
    },
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

/** A cell's value as an error message quotes it: at most 60 characters, so a huge cell is not echoed. */
export function clipForMessage(value: string, max = 60): string {
  return value.length > max ? `${value.slice(0, max)}… (${value.length} characters)` : value;
}
