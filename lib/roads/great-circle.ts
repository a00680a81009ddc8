/**
 * Great-circle distance, bit-for-bit identical to @turf/distance (haversine, Earth radius
 * 6371.0088 km). It is inlined because the engine evaluates millions of pairs and turf's
 * per-call coordinate unwrapping dominates at that scale; the test suite checks equality with turf.
 */

/** Mean Earth radius in km, as used by @turf/helpers. */
// written as turf computes it (metres / 1e3) so the float is identical
export const EARTH_RADIUS_KM = 6371008.8 / 1e3;

function toRadians(degrees: number): number {
  // same normalisation as turf's degreesToRadians, so results match exactly
  return ((degrees % 360) * Math.PI) / 180;
}

/** Great-circle distance between two WGS84 points, in km (same value as turf `distance`). */
export function greatCircleKm(lat1: number, lng1: number, lat2: number, lng2: number): number {
  const dLat = toRadians(lat2 - lat1);
  const dLon = toRadians(lng2 - lng1);
  const a =
    Math.pow(Math.sin(dLat / 2), 2) +
    Math.pow(Math.sin(dLon / 2), 2) * Math.cos(toRadians(lat1)) * Math.cos(toRadians(lat2));
  return 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a)) * EARTH_RADIUS_KM;
}

/** Degrees of latitude spanned by `km` (an upper bound used for cheap bounding-box rejection). */
export function kmToLatDegrees(km: number): number {
  return (km / (Math.PI * EARTH_RADIUS_KM)) * 180;
}
