import KDBush from "kdbush";
import type { SparseCoverage } from "./types";

export type Metric = "haversine-km" | "euclidean";

/** Points as parallel coordinate arrays: x = longitude and y = latitude (degrees) for haversine-km. */
export interface PointSet {
  x: ArrayLike<number>;
  y: ArrayLike<number>;
}

const EARTH_RADIUS_KM = 6371.0088;
const KM_PER_DEG_LAT = (Math.PI / 180) * EARTH_RADIUS_KM;
const RAD = Math.PI / 180;

/** Great-circle distance in km between two lat/lng points in degrees. */
export function haversineKm(lat1: number, lng1: number, lat2: number, lng2: number): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLng = (lng2 - lng1) * RAD;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** Distance between two points under the metric: km for haversine-km, coordinate units for euclidean. */
export function pointDistance(metric: Metric, ax: number, ay: number, bx: number, by: number): number {
  return metric === "haversine-km" ? haversineKm(ay, ax, by, bx) : Math.hypot(ax - bx, ay - by);
}

/**
 * Sparse candidate-major coverage: for each candidate, the demand points within
 * `threshold` (km for haversine-km, coordinate units for euclidean; inclusive), found with
 * a kdbush index over demand. Never builds the dense demand × candidate matrix, so 100k ×
 * 5k stays at O(covered pairs) memory.
 */
export function sparseCoverageFromCoordinates(demand: PointSet, candidates: PointSet, threshold: number, metric: Metric): SparseCoverage {
  const n = demand.x.length;
  const m = candidates.x.length;
  const index = new KDBush(Math.max(1, n));
  for (let i = 0; i < n; i++) index.add(demand.x[i], demand.y[i]);
  if (n === 0) index.add(Infinity, Infinity); // kdbush refuses an empty index; this point matches nothing
  index.finish();
  const lists: Int32Array[] = [];
  let nnz = 0;
  for (let j = 0; j < m; j++) {
    const found = metric === "euclidean" ? index.within(candidates.x[j], candidates.y[j], threshold) : haversineQuery(index, demand, candidates.x[j], candidates.y[j], threshold);
    const list = Int32Array.from(found.filter((i) => i < n)).sort();
    lists.push(list);
    nnz += list.length;
  }
  const start = new Int32Array(m + 1);
  const out = new Int32Array(nnz);
  lists.forEach((list, j) => {
    out.set(list, start[j]);
    start[j + 1] = start[j] + list.length;
  });
  return { start, demand: out };
}

// A lng/lat bounding box that surely contains the radius (widened by the cosine of the
// most poleward latitude in it), then an exact haversine filter.
function haversineQuery(index: KDBush, demand: PointSet, lng: number, lat: number, radiusKm: number): number[] {
  const dLat = radiusKm / KM_PER_DEG_LAT;
  const maxAbsLat = Math.min(90, Math.abs(lat) + dLat);
  const cos = Math.cos(maxAbsLat * RAD);
  const dLng = cos < 1e-6 || radiusKm / (KM_PER_DEG_LAT * cos) >= 180 ? 180 : radiusKm / (KM_PER_DEG_LAT * cos);
  const boxes: Array<[number, number]> = [[lng - dLng, lng + dLng]];
  // wrap across the antimeridian
  if (lng - dLng < -180) boxes.push([lng - dLng + 360, 180]);
  if (lng + dLng > 180) boxes.push([-180, lng + dLng - 360]);
  const hits: number[] = [];
  for (const [lo, hi] of boxes) {
    for (const i of index.range(lo, lat - dLat, hi, lat + dLat)) {
      if (haversineKm(lat, lng, demand.y[i], demand.x[i]) <= radiusKm) hits.push(i);
    }
  }
  // overlapping wrap boxes can report a point twice
  return boxes.length === 1 ? hits : [...new Set(hits)];
}
