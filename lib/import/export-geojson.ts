import type { Feature, FeatureCollection, Point } from "geojson";

type Props = Record<string, string | number | boolean | null>;

/** A GeoJSON FeatureCollection of points ([lng, lat], RFC 7946 order) with the given properties. */
export function pointCollection<T>(items: readonly T[], lngLat: (item: T) => [number, number], properties: (item: T) => Props): FeatureCollection<Point, Props> {
  return {
    type: "FeatureCollection",
    features: items.map(
      (item): Feature<Point, Props> => ({ type: "Feature", geometry: { type: "Point", coordinates: lngLat(item) }, properties: properties(item) }),
    ),
  };
}
