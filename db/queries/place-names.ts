import { cities, districts, regions } from "../schema";
import type { Db } from "../connection";
import type { NamedPlace } from "@/lib/i18n/place-name";
import { readDataVersion } from "./data-version";

/**
 * Every place's, district's and region's names in all languages, for views whose rows carry only
 * the English name or an id (the coverage model, dealership and vehicle-park rows): look the row
 * up here and name it with placeName(row, locale). Read once per data version (about 3,600 places).
 */
export interface PlaceNames {
  cities: Map<number, NamedPlace>;
  /** by region id, slug and English name (rows such as dealerships carry the English name only) */
  regions: Map<number | string, NamedPlace>;
  districts: Map<string, NamedPlace>;
}

const cache = new WeakMap<Db, { version: number; names: PlaceNames }>();

export function loadPlaceNames(db: Db): PlaceNames {
  const version = readDataVersion(db);
  const hit = cache.get(db);
  if (hit && hit.version === version) return hit.names;
  const names: PlaceNames = { cities: new Map(), regions: new Map(), districts: new Map() };
  for (const c of db.select({ id: cities.id, nameEn: cities.nameEn, nameRu: cities.nameRu, nameKk: cities.nameKk, nameZh: cities.nameZh }).from(cities).all()) {
    names.cities.set(c.id, c);
  }
  for (const r of db.select({ id: regions.id, slug: regions.slug, nameEn: regions.nameEn, nameRu: regions.nameRu, nameKk: regions.nameKk, nameZh: regions.nameZh }).from(regions).all()) {
    names.regions.set(r.id, r);
    names.regions.set(r.slug, r);
    names.regions.set(r.nameEn, r);
  }
  for (const d of db.select({ kato: districts.kato, nameEn: districts.nameEn, nameRu: districts.nameRu, nameKk: districts.nameKk }).from(districts).all()) {
    names.districts.set(d.kato, d);
  }
  cache.set(db, { version, names });
  return names;
}
