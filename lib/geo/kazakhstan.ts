import { feature } from "topojson-client";
import { booleanPointInPolygon, buffer, point } from "@turf/turf";
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from "geojson";
import type { GeometryCollection, Topology } from "topojson-specification";
import countries50m from "world-atlas/countries-50m.json";

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

// The 1:50m outline is generalised by a few km; a 5 km buffer keeps real border-town
// sites (Khorgos ICBC, Saryagash) inside while still rejecting Bishkek or Tashkent.
let tolerantOutline: Feature<Polygon | MultiPolygon> | null = null;

/** True when the point lies in Kazakhstan (outline buffered by 5 km for generalisation). */
export function isInKazakhstan(lat: number, lng: number): boolean {
  if (!Number.isFinite(lat) || !Number.isFinite(lng)) return false;
  // cheap bounding box first: 40.5-55.5 N, 46.5-87.5 E
  if (lat < 40.5 || lat > 55.5 || lng < 46.4 || lng > 87.4) return false;
  if (!tolerantOutline) {
    tolerantOutline = buffer(kazakhstanOutline(), 5, { units: "kilometers" }) as Feature<Polygon | MultiPolygon>;
  }
  return booleanPointInPolygon(point([lng, lat]), tolerantOutline);
}
