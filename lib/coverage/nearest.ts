/**
 * Straight-line nearest-neighbour queries: a kdbush index queried with geokdbush `around`,
 * with ties resolved exactly like a brute-force scan (smallest turf distance, then lowest index).
 */
import KDBush from "kdbush";
import { around } from "geokdbush";
import { greatCircleKm } from "@/lib/roads";
import type { Assignment } from "./types";

/** A kdbush index over points plus their coordinates for exact distance checks. */
export interface PointIndex {
  count: number;
  lat: Float64Array;
  lng: Float64Array;
  /** null when there are no points (kdbush needs at least one) */
  tree: KDBush | null;
}

// geokdbush and turf use slightly different Earth radii, so their orderings can disagree only
// within rounding noise; candidates this close (km) are re-ranked with the exact turf formula
const TIE_EPS_KM = 1e-6;

/** A PointIndex (kdbush over [lng, lat] degrees) of the given points. */
export function buildPointIndex(points: readonly { lat: number; lng: number }[]): PointIndex {
  const count = points.length;
  const lat = new Float64Array(count);
  const lng = new Float64Array(count);
  points.forEach((p, i) => {
    if (!Number.isFinite(p.lat) || !Number.isFinite(p.lng)) throw new Error(`Point ${i} has invalid coordinates (${p.lat}, ${p.lng})`);
    lat[i] = p.lat;
    lng[i] = p.lng;
  });
  if (count === 0) return { count, lat, lng, tree: null };
  // small leaves: fewer haversine evaluations per query for a one-off nearest search
  const tree = new KDBush(count, 8);
  for (let i = 0; i < count; i++) tree.add(lng[i], lat[i]);
  tree.finish();
  return { count, lat, lng, tree };
}

/**
 * Index of the point nearest to (lat, lng) and its great-circle km (turf `distance` value,
 * measured from the query to the point); ties -> lowest index. Returns index -1 for an empty index.
 */
export function nearestInIndex(idx: PointIndex, lat: number, lng: number): { index: number; km: number } {
  if (!idx.tree) return { index: -1, km: Infinity };
  const ids = around(idx.tree, lng, lat, 2);
  let best = ids[0];
  let bestKm = greatCircleKm(lat, lng, idx.lat[best], idx.lng[best]);
  if (ids.length > 1) {
    const second = ids[1];
    const secondKm = greatCircleKm(lat, lng, idx.lat[second], idx.lng[second]);
    if (secondKm <= bestKm + TIE_EPS_KM) {
      // a (near-)tie: rank every candidate within reach by (exact km, index)
      const reach = Math.min(bestKm, secondKm) + 2 * TIE_EPS_KM;
      for (const id of around(idx.tree, lng, lat, Infinity, reach)) {
        const km = greatCircleKm(lat, lng, idx.lat[id], idx.lng[id]);
        if (km < bestKm || (km === bestKm && id < best)) {
          best = id;
          bestKm = km;
        }
      }
    }
  }
  return { index: best, km: bestKm };
}

/**
 * Straight-line nearest site of every demand point with one geokdbush query per point: site index,
 * great-circle km (travel = km). The reference for nearestSitesStraight, which batches queries.
 */
export function nearestSitesPerPoint(
  demand: readonly { lat: number; lng: number }[],
  sites: readonly { lat: number; lng: number }[] | PointIndex,
): Assignment {
  const idx = Array.isArray(sites) ? buildPointIndex(sites) : (sites as PointIndex);
  const n = demand.length;
  const site = new Int32Array(n);
  const km = new Float64Array(n);
  for (let d = 0; d < n; d++) {
    const hit = nearestInIndex(idx, demand[d].lat, demand[d].lng);
    site[d] = hit.index;
    km[d] = hit.km;
  }
  return { site, travel: km, km };
}

/** Nearest-site assignment read off a demand-major matrix: site index, travel in the matrix minutes, road km (ties -> lowest site index). */
export function nearestFromMatrix(minutes: Float64Array, km: Float64Array, demandCount: number, siteCount: number): Assignment {
  const site = new Int32Array(demandCount);
  const travel = new Float64Array(demandCount);
  const outKm = new Float64Array(demandCount);
  for (let d = 0, row = 0; d < demandCount; d++, row += siteCount) {
    let best = -1;
    let bestValue = Infinity;
    for (let s = 0; s < siteCount; s++) {
      const v = minutes[row + s];
      if (v < bestValue) {
        bestValue = v;
        best = s;
      }
    }
    site[d] = best;
    travel[d] = bestValue;
    outKm[d] = best < 0 ? Infinity : km[row + best];
  }
  return { site, travel, km: outKm };
}
