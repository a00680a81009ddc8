import { feature } from "topojson-client";
import { buffer } from "@turf/buffer";
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from "geojson";
import type { GeometryCollection, Topology } from "topojson-specification";
import countries50m from "world-atlas/countries-50m.json";
import { BORDER_TOLERANCE_KM } from "./in-kazakhstan";

// The world atlas (750 kB) and turf's buffer stay out of the browser: the base map is served by
// /api/basemap, and the border check uses the outline precomputed into kazakhstan-border.json.
export { isInKazakhstan } from "./in-kazakhstan";

/** ISO 3166-1 numeric codes as used by Natural Earth / world-atlas. */
export const KAZAKHSTAN_ISO = "398";
/** Neighbours drawn on the offline base map for orientation. */
export const NEIGHBOUR_ISOS = ["643", "156", "417", "860", "795"] as const;

type CountryFeature = Feature<Polygon | MultiPolygon, { name: string }>;

let countriesCache: FeatureCollection<Polygon | MultiPolygon, { name: string }> | null = null;

function countries() {
  if (!countriesCache) {
    const topology = countries50m as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
    countriesCache = feature(topology, topology.objects.countries) as FeatureCollection<
      Polygon | MultiPolygon,
      { name: string }
    >;
  }
  return countriesCache;
}

function countryById(iso: string): CountryFeature {
  const found = countries().features.find((f) => String(f.id) === iso);
  if (!found) throw new Error(`world-atlas has no country ${iso}`);
  return found;
}

/** Kazakhstan's outline (Natural Earth 1:50m), GeoJSON [lng, lat]. */
export function kazakhstanOutline(): CountryFeature {
  return countryById(KAZAKHSTAN_ISO);
}

/** The outline of Kazakhstan and its neighbours, for the offline base map. */
export function baseMapCountries(): FeatureCollection<Polygon | MultiPolygon, { name: string; iso: string }> {
  return {
    type: "FeatureCollection",
    features: [KAZAKHSTAN_ISO, ...NEIGHBOUR_ISOS].map((iso) => {
      const f = countryById(iso);
      return { ...f, properties: { name: f.properties.name, iso } };
    }),
  };
}

/** Decimal places kept in kazakhstan-border.json: 4 is about 11 m, well inside the 5 km tolerance. */
export const BORDER_DECIMALS = 4;

/**
 * The outline buffered by the border tolerance, rounded as stored in kazakhstan-border.json
 * (`npm run geo:border` writes it; a unit test checks the stored file still equals this).
 */
export function tolerantKazakhstanBorder(): Polygon | MultiPolygon {
  const buffered = buffer(kazakhstanOutline(), BORDER_TOLERANCE_KM, { units: "kilometers" });
  if (!buffered) throw new Error("buffering Kazakhstan's outline gave nothing");
  const scale = 10 ** BORDER_DECIMALS;
  const round = (c: unknown): unknown => (Array.isArray(c) ? c.map(round) : Math.round((c as number) * scale) / scale);
  return { ...buffered.geometry, coordinates: round(buffered.geometry.coordinates) } as Polygon | MultiPolygon;
}
