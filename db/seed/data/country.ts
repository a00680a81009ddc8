/**
 * The whole country as seed data: the 224 districts (geokz 2024, CC BY 4.0) and every populated
 * place (OpenStreetMap, ODbL), read from the trimmed files kz-districts.geojson and kz-places.csv
 * (made once by scripts/prepare-country-data.ts, which also found each place's district).
 *
 * District population is not published per district in our sources, so it is DERIVED:
 *   region population (REGION_POPULATION, BNS via press; regions without a figure share the rest of
 *   the national 20,118,478 in proportion to their OSM-tagged population)
 *   - population of the region's tagged places = the region's people without a tagged place,
 *   shared among the region's districts in proportion to (tagged village/hamlet population + 2,000):
 *   districts with many small villages have many more untagged ones; the 2,000 floor gives a district
 *   without tagged villages a share too. Each district's share becomes one "rural" place at a point
 *   inside the district (point-on-surface), labelled as an estimate.
 */
import booleanPointInPolygon from "@turf/boolean-point-in-polygon";
import type { MultiPolygon, Polygon } from "geojson";
import fs from "node:fs";
import path from "node:path";
import Papa from "papaparse";
import { CITIES } from "./cities";
import { NATIONAL_POPULATION_2024, REGION_POPULATION, REGION_SLUG_BY_ISO } from "./region-populations";
import type { CitySeed } from "./types";

export type PlaceKind = "city" | "town" | "village" | "hamlet" | "rural";

/** A place: one of the 41 cities, an OSM settlement, or a district's rural remainder. */
export interface PlaceSeed extends CitySeed {
  kind: PlaceKind;
  districtKato: string;
  nameKk: string | null;
  osmId: string | null;
}

export interface DistrictSeed {
  kato: string;
  nameEn: string;
  nameRu: string;
  nameKk: string;
  regionSlug: string;
  /** DERIVED estimate, see the file comment */
  population: number;
  labelLat: number;
  labelLng: number;
  /** GeoJSON geometry text */
  geometry: string;
}

const DATA_DIR = path.join(process.cwd(), "db", "seed", "data");
export const OSM_CREDIT = "© OpenStreetMap contributors (ODbL)";
export const GEOKZ_CREDIT = "geokz (A. Rodionov), CC BY 4.0";
const RURAL_FLOOR = 2000;

interface OsmRow {
  osm_id: string;
  name: string;
  name_en: string;
  name_ru: string;
  name_kk: string;
  kind: string;
  lat: string;
  lng: string;
  population: string;
  district_kato: string;
}

const LATIN: Record<string, string> = {
  а: "a", ә: "a", б: "b", в: "v", г: "g", ғ: "g", д: "d", е: "e", ё: "e", ж: "zh", з: "z", и: "i", й: "y",
  і: "i", к: "k", қ: "k", л: "l", м: "m", н: "n", ң: "n", о: "o", ө: "o", п: "p", р: "r", с: "s", т: "t",
  у: "u", ұ: "u", ү: "u", ф: "f", х: "kh", һ: "h", ц: "ts", ч: "ch", ш: "sh", щ: "shch", ъ: "", ы: "y",
  ь: "", э: "e", ю: "yu", я: "ya",
};

/** Latin transliteration of a Russian or Kazakh name (for names OSM has no English form of). */
export function transliterate(name: string): string {
  const out = [...name].map((ch) => {
    const lower = ch.toLowerCase();
    const t = LATIN[lower];
    if (t === undefined) return ch;
    return ch === lower ? t : t.charAt(0).toUpperCase() + t.slice(1);
  });
  return out.join("");
}

/** URL slug: lower-case latin letters, digits and dashes. */
export function slugify(name: string): string {
  return transliterate(name)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

function greatCircleKm(aLat: number, aLng: number, bLat: number, bLng: number): number {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((bLat - aLat) * rad) / 2) ** 2 +
    Math.cos(aLat * rad) * Math.cos(bLat * rad) * Math.sin(((bLng - aLng) * rad) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.sqrt(h));
}

function readDistricts(): { props: Record<string, string | number>; geometry: unknown }[] {
  const fc = JSON.parse(fs.readFileSync(path.join(DATA_DIR, "kz-districts.geojson"), "utf8")) as {
    features: { properties: Record<string, string | number>; geometry: unknown }[];
  };
  return fc.features.map((f) => ({ props: f.properties, geometry: f.geometry }));
}

function readOsmPlaces(): OsmRow[] {
  const text = fs.readFileSync(path.join(DATA_DIR, "kz-places.csv"), "utf8");
  return Papa.parse<OsmRow>(text, { header: true, skipEmptyLines: true }).data;
}

const norm = (s: string) => slugify(s).replace(/-/g, "");

/**
 * The OSM row of each of the 41 cities: a city/town within 20 km, the same name when one matches,
 * else the most populous. Those rows are not added again; the city keeps its BNS population.
 * A city without such a row finds its district by point-in-polygon.
 */
export function matchCities(cities: readonly CitySeed[], osm: readonly OsmRow[]): Map<string, OsmRow> {
  const out = new Map<string, OsmRow>();
  for (const c of cities) {
    const near = osm.filter(
      (r) => (r.kind === "city" || r.kind === "town") && greatCircleKm(c.lat, c.lng, Number(r.lat), Number(r.lng)) <= 20,
    );
    const named = near.find((r) => [r.name_en, r.name_ru, r.name].some((n) => n && (norm(n) === norm(c.nameEn) || n === c.nameRu)));
    const best = named ?? [...near].sort((a, b) => Number(b.population) - Number(a.population))[0];
    // Kyzylorda, for one, has no population tag in OSM: it keeps no OSM row
    if (best) out.set(c.slug, best);
  }
  return out;
}

/** Builds districts and places (see the file comment for the derivation). */
export function buildCountry(): { districts: DistrictSeed[]; places: PlaceSeed[] } {
  const rawDistricts = readDistricts();
  const osm = readOsmPlaces();
  const matched = matchCities(CITIES, osm);
  const matchedIds = new Set([...matched.values()].map((r) => r.osm_id));
  const regionOfDistrict = new Map(rawDistricts.map((d) => [String(d.props.kato), REGION_SLUG_BY_ISO[String(d.props.region)]]));

  const places: PlaceSeed[] = CITIES.map((c) => {
    const row = matched.get(c.slug);
    if (row) return { ...c, kind: row.kind as PlaceKind, districtKato: row.district_kato, nameKk: row.name_kk || null, osmId: row.osm_id };
    const home = rawDistricts.find((d) => booleanPointInPolygon([c.lng, c.lat], d.geometry as Polygon | MultiPolygon));
    if (!home) throw new Error(`seed: city ${c.slug} lies in no district`);
    return { ...c, kind: "city", districtKato: String(home.props.kato), nameKk: null, osmId: null };
  });
  const used = new Set(places.map((p) => p.slug));
  for (const r of osm) {
    if (matchedIds.has(r.osm_id)) continue;
    const regionSlug = regionOfDistrict.get(r.district_kato);
    if (!regionSlug) throw new Error(`seed: place ${r.osm_id} names unknown district ${r.district_kato}`);
    const nameEn = r.name_en || transliterate(r.name_ru || r.name);
    const districtName = rawDistricts.find((d) => d.props.kato === r.district_kato)!.props.nameEn as string;
    let slug = slugify(nameEn) || `place-${r.osm_id}`;
    if (used.has(slug)) slug = `${slug}-${slugify(districtName)}`;
    if (used.has(slug)) slug = `${slug}-${r.osm_id}`;
    used.add(slug);
    places.push({
      slug,
      nameEn,
      nameRu: r.name_ru || r.name,
      nameKk: r.name_kk || null,
      regionSlug,
      lat: Number(r.lat),
      lng: Number(r.lng),
      population: Number(r.population),
      populationYear: 2025,
      populationIsEstimate: false,
      source: `OSM ${r.osm_id} population tag (year varies); ${OSM_CREDIT}`,
      kind: r.kind as PlaceKind,
      districtKato: r.district_kato,
      osmId: r.osm_id,
    });
  }

  // region populations: sourced, or the rest of the national total shared by tagged population
  const taggedByRegion = new Map<string, number>();
  for (const p of places) taggedByRegion.set(p.regionSlug, (taggedByRegion.get(p.regionSlug) ?? 0) + p.population);
  const known = Object.entries(REGION_POPULATION);
  const rest = NATIONAL_POPULATION_2024.value - known.reduce((a, [, v]) => a + v.value, 0);
  const unknownTagged = [...taggedByRegion].filter(([r]) => !REGION_POPULATION[r]).reduce((a, [, v]) => a + v, 0);
  const regionPopulation = (slug: string) =>
    REGION_POPULATION[slug]?.value ?? Math.round((rest * (taggedByRegion.get(slug) ?? 0)) / unknownTagged);

  const weight = new Map<string, number>();
  const tagged = new Map<string, number>();
  for (const d of rawDistricts) weight.set(String(d.props.kato), RURAL_FLOOR);
  for (const p of places) {
    tagged.set(p.districtKato, (tagged.get(p.districtKato) ?? 0) + p.population);
    if (p.kind === "village" || p.kind === "hamlet") weight.set(p.districtKato, weight.get(p.districtKato)! + p.population);
  }
  const regionWeight = new Map<string, number>();
  for (const d of rawDistricts) {
    const r = regionOfDistrict.get(String(d.props.kato))!;
    regionWeight.set(r, (regionWeight.get(r) ?? 0) + weight.get(String(d.props.kato))!);
  }

  const districts: DistrictSeed[] = rawDistricts.map((d) => {
    const kato = String(d.props.kato);
    const regionSlug = regionOfDistrict.get(kato)!;
    const missing = Math.max(0, regionPopulation(regionSlug) - (taggedByRegion.get(regionSlug) ?? 0));
    const remainder = Math.round((missing * weight.get(kato)!) / regionWeight.get(regionSlug)!);
    const nameEn = String(d.props.nameEn);
    if (remainder > 0) {
      places.push({
        slug: `rural-${kato}`,
        nameEn: `${nameEn} District (rest)`,
        nameRu: `${d.props.nameRu} (прочие населённые пункты)`,
        nameKk: null,
        regionSlug,
        lat: Number(d.props.labelLat),
        lng: Number(d.props.labelLng),
        population: remainder,
        populationYear: 2024,
        populationIsEstimate: true,
        source:
          "ESTIMATE: people of the district without a tagged OSM place = (region population - tagged places) x district rural weight; " +
          "placed at a point inside the district (see db/seed/data/country.ts)",
        kind: "rural",
        districtKato: kato,
        osmId: null,
      });
    }
    return {
      kato,
      nameEn,
      nameRu: String(d.props.nameRu),
      nameKk: String(d.props.nameKk),
      regionSlug,
      population: (tagged.get(kato) ?? 0) + remainder,
      labelLat: Number(d.props.labelLat),
      labelLng: Number(d.props.labelLng),
      geometry: JSON.stringify(d.geometry),
    };
  });
  return { districts, places };
}

export const COUNTRY = buildCountry();
export const DISTRICTS = COUNTRY.districts;
export const PLACES = COUNTRY.places;
