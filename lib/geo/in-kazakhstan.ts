// The border check the dealership form runs in the browser and the server runs again. It reads a
// precomputed outline (kazakhstan-border.json, ~40 kB) so the browser never loads the world atlas
// or turf's buffer; lib/geo/kazakhstan.ts recomputes it and a test keeps the two equal.
import { booleanPointInPolygon } from "@turf/boolean-point-in-polygon";
import type { MultiPolygon, Polygon } from "geojson";
import border from "./kazakhstan-border.json";

/**
 * The 1:50m outline is generalised by a few km; a 5 km buffer keeps real border-town sites
 * (Khorgos ICBC, Saryagash) inside while still rejecting Bishkek or Tashkent.
 */
export const BORDER_TOLERANCE_KM = 5;

const tolerantBorder = border as Polygon | MultiPolygon;

/** True when the point lies in Kazakhstan (outline buffered by 5 km for generalisation). */
export function isInKazakhstan(lat: number, lng: number): boolean {
  if (!Number.isFinite(lat) || !Number.isFinite(lng)) return false;
  // cheap bounding box first: 40.5-55.5 N, 46.5-87.5 E
  if (lat < 40.5 || lat > 55.5 || lng < 46.4 || lng > 87.4) return false;
  return booleanPointInPolygon([lng, lat], tolerantBorder);
}
