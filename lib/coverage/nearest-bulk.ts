/**
 * Bulk straight-line nearest-site assignment. Demand points are bucketed in a lat/lng grid; each
 * occupied cell asks geokdbush once for the sites that can possibly be nearest to any of its points,
 * and the points then scan only that short candidate list. This amortises the kd-tree walk over
 * ~10 points and gives the same answers as a per-point `around` query / a brute-force turf scan.
 *
 * Why the candidate list is complete: let c be the cell centre, h the largest distance from c to a
 * point of the cell and r the distance from c to its nearest site. For a point p of the cell the
 * nearest site s* has d(p, s*) <= d(p, nearest of c) <= h + r, so d(c, s*) <= d(c, p) + d(p, s*) <= 2h + r
 * (triangle inequality). Every site within 2h + r of c is therefore a candidate — ties included.
 * Within the list, points rank candidates by 3-D chord length (no trigonometry) and settle the
 * near-ties with the exact turf formula.
 */
import { around } from "geokdbush";
import { EARTH_RADIUS_KM, greatCircleKm } from "@/lib/roads";
import { buildPointIndex, type PointIndex } from "./nearest";
import type { Assignment } from "./types";

/** Target number of demand points per grid cell (amortises the candidate queries of a cell). */
const POINTS_PER_CELL = 24;
/** Rounding slack in km for the candidate radius (distances are ~1e-12 km accurate). */
const RADIUS_EPS_KM = 1e-6;

/** Unit vectors on the sphere, for a cheap chord-length ranking of candidates. */
function unitVectors(lat: Float64Array, lng: Float64Array): Float64Array {
  const v = new Float64Array(lat.length * 3);
  for (let i = 0; i < lat.length; i++) {
    const phi = (lat[i] * Math.PI) / 180;
    const lambda = (lng[i] * Math.PI) / 180;
    v[3 * i] = Math.cos(phi) * Math.cos(lambda);
    v[3 * i + 1] = Math.cos(phi) * Math.sin(lambda);
    v[3 * i + 2] = Math.sin(phi);
  }
  return v;
}

/**
 * Straight-line nearest site of every demand point: site index and great-circle km (the turf
 * `distance` value; travel = km), ties -> lowest site index. Same answers as nearestSitesPerPoint.
 */
export function nearestSitesStraight(demand: readonly { lat: number; lng: number }[], sites: readonly { lat: number; lng: number }[]): Assignment {
  const n = demand.length;
  const site = new Int32Array(n).fill(-1);
  const km = new Float64Array(n).fill(Infinity);
  const idx: PointIndex = buildPointIndex(sites);
  if (!idx.tree || n === 0) return { site, travel: km, km };
  const tree = idx.tree;
  const siteVec = unitVectors(idx.lat, idx.lng);

  // grid sized so that an average occupied cell holds ~POINTS_PER_CELL points
  let minLat = Infinity;
  let maxLat = -Infinity;
  let minLng = Infinity;
  let maxLng = -Infinity;
  for (const p of demand) {
    if (!Number.isFinite(p.lat) || !Number.isFinite(p.lng)) throw new Error(`Demand point has invalid coordinates (${p.lat}, ${p.lng})`);
    if (p.lat < minLat) minLat = p.lat;
    if (p.lat > maxLat) maxLat = p.lat;
    if (p.lng < minLng) minLng = p.lng;
    if (p.lng > maxLng) maxLng = p.lng;
  }
  const area = (maxLat - minLat) * (maxLng - minLng);
  // at most ~256 cells along the longer side, so a thin or degenerate spread cannot explode the grid
  const cellDeg = Math.max(Math.sqrt((area * POINTS_PER_CELL) / n), Math.max(maxLat - minLat, maxLng - minLng) / 256, 1e-6);
  const nx = Math.floor((maxLng - minLng) / cellDeg) + 1;
  const ny = Math.floor((maxLat - minLat) / cellDeg) + 1;

  // counting sort of demand indices by cell
  const cellOf = new Int32Array(n);
  const start = new Int32Array(nx * ny + 1);
  for (let d = 0; d < n; d++) {
    const cx = Math.floor((demand[d].lng - minLng) / cellDeg);
    const cy = Math.floor((demand[d].lat - minLat) / cellDeg);
    cellOf[d] = cy * nx + cx;
    start[cellOf[d] + 1]++;
  }
  for (let c = 0; c < nx * ny; c++) start[c + 1] += start[c];
  const order = new Int32Array(n);
  const fill = start.slice(0, nx * ny);
  for (let d = 0; d < n; d++) order[fill[cellOf[d]]++] = d;

  const demandLat = new Float64Array(n);
  const demandLng = new Float64Array(n);
  for (let d = 0; d < n; d++) {
    demandLat[d] = demand[d].lat;
    demandLng[d] = demand[d].lng;
  }
  const demandVec = unitVectors(demandLat, demandLng);
  const out = { site: -1, km: Infinity };
  for (let c = 0; c < nx * ny; c++) {
    const from = start[c];
    const to = start[c + 1];
    if (from === to) continue;
    let cLat = 0;
    let cLng = 0;
    for (let i = from; i < to; i++) {
      cLat += demand[order[i]].lat;
      cLng += demand[order[i]].lng;
    }
    cLat /= to - from;
    cLng /= to - from;
    // h from the largest chord to the centre: d = 2R·asin(chord / 2), padded for rounding
    const cPhi = (cLat * Math.PI) / 180;
    const cLambda = (cLng * Math.PI) / 180;
    const cx = Math.cos(cPhi) * Math.cos(cLambda);
    const cy = Math.cos(cPhi) * Math.sin(cLambda);
    const cz = Math.sin(cPhi);
    let maxChord2 = 0;
    for (let i = from; i < to; i++) {
      const v = 3 * order[i];
      const dx = demandVec[v] - cx;
      const dy = demandVec[v + 1] - cy;
      const dz = demandVec[v + 2] - cz;
      maxChord2 = Math.max(maxChord2, dx * dx + dy * dy + dz * dz);
    }
    const h = 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(maxChord2) / 2)) * (1 + 1e-9) + RADIUS_EPS_KM;
    const first = around(tree, cLng, cLat, 1)[0];
    const r = greatCircleKm(cLat, cLng, idx.lat[first], idx.lng[first]);
    const candidates = around(tree, cLng, cLat, Infinity, r + 2 * h + RADIUS_EPS_KM);
    for (let i = from; i < to; i++) {
      const d = order[i];
      nearestAmong(candidates, idx, siteVec, demandVec, d, demandLat[d], demandLng[d], out);
      site[d] = out.site;
      km[d] = out.km;
    }
  }
  return { site, travel: km, km };
}

// reused buffer for the ranking terms of one point's candidates (queries are synchronous)
let scratch = new Float64Array(64);

/** Writes the nearest candidate site to demand d at (lat, lng) by turf distance (ties -> lowest index) and its km into `out`. */
function nearestAmong(
  candidates: readonly number[],
  idx: PointIndex,
  siteVec: Float64Array,
  demandVec: Float64Array,
  d: number,
  lat: number,
  lng: number,
  out: { site: number; km: number },
): void {
  // rank by squared chord length (= 4 × haversine a, monotone in distance): no trigonometry per candidate
  const x = demandVec[3 * d];
  const y = demandVec[3 * d + 1];
  const z = demandVec[3 * d + 2];
  if (scratch.length < candidates.length) scratch = new Float64Array(candidates.length * 2);
  const chord2 = scratch;
  let min = Infinity;
  for (let k = 0; k < candidates.length; k++) {
    const s = 3 * candidates[k];
    const dx = siteVec[s] - x;
    const dy = siteVec[s + 1] - y;
    const dz = siteVec[s + 2] - z;
    const c2 = dx * dx + dy * dy + dz * dz;
    chord2[k] = c2;
    if (c2 < min) min = c2;
  }
  // rounding in the vectors is ~1e-16 absolute, so c2 is off by at most ~1e-15 × chord; anything
  // within a generous margin of the minimum is re-ranked with the exact turf distance
  const limit = min + min * 1e-9 + Math.sqrt(min) * 1e-12 + 1e-30;
  let best = -1;
  let bestKm = Infinity;
  for (let k = 0; k < candidates.length; k++) {
    if (chord2[k] > limit) continue;
    const s = candidates[k];
    const dist = greatCircleKm(lat, lng, idx.lat[s], idx.lng[s]);
    if (dist < bestKm || (dist === bestKm && s < best)) {
      best = s;
      bestKm = dist;
    }
  }
  out.site = best;
  out.km = bestKm;
}
