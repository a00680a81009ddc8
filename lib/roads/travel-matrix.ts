/**
 * Demand × site travel matrix over the road graph. Each site costs one multi-source Dijkstra
 * (from its access legs); each demand point then reads its own access legs against the site's
 * per-node times, so the matrix costs S Dijkstras + D × S × (≤3) additions.
 */
import { DIRECT_LEG_MAX_KM, accessKm, accessMinutes } from "./assumptions";
import { accessLegs, type GeoPoint } from "./access";
import { shortestPaths } from "./dijkstra";
import type { RoadGraph } from "./graph";
import { greatCircleKm, kmToLatDegrees } from "./great-circle";

/** Demand-major matrix: cell (d, s) is at index d * siteCount + s. */
export interface TravelMatrix {
  demandCount: number;
  siteCount: number;
  /** fastest door-to-door minutes; Infinity when unreachable */
  minutes: Float64Array;
  /** road km of that fastest trip */
  km: Float64Array;
}

/** Demand points with their access legs flattened into typed arrays (prepared once per demand set). */
export interface DemandAccess {
  count: number;
  lat: Float64Array;
  lng: Float64Array;
  /** legs of demand d are [legOffset[d], legOffset[d + 1]) */
  legOffset: Int32Array;
  legNode: Int32Array;
  legMinutes: Float64Array;
  legKm: Float64Array;
}

/** A site's reach: minutes and km from the site to every graph node (via its access legs). */
export interface SiteReach {
  lat: number;
  lng: number;
  minutes: Float64Array;
  km: Float64Array;
}

/** The access legs (node, minutes, km) of all demand points, flattened into typed arrays. */
export function prepareDemandAccess(graph: RoadGraph, demand: readonly GeoPoint[]): DemandAccess {
  const count = demand.length;
  const lat = new Float64Array(count);
  const lng = new Float64Array(count);
  const legOffset = new Int32Array(count + 1);
  const all = demand.map((p, d) => {
    lat[d] = p.lat;
    lng[d] = p.lng;
    return accessLegs(graph, p);
  });
  for (let d = 0; d < count; d++) legOffset[d + 1] = legOffset[d] + all[d].length;
  const total = legOffset[count];
  const legNode = new Int32Array(total);
  const legMinutes = new Float64Array(total);
  const legKm = new Float64Array(total);
  all.forEach((legs, d) => {
    legs.forEach((leg, k) => {
      const i = legOffset[d] + k;
      legNode[i] = leg.node;
      legMinutes[i] = leg.minutes;
      legKm[i] = leg.km;
    });
  });
  return { count, lat, lng, legOffset, legNode, legMinutes, legKm };
}

/** One Dijkstra from the site's access legs: minutes and km to every node. */
export function siteReach(graph: RoadGraph, site: GeoPoint): SiteReach {
  const paths = shortestPaths(graph, accessLegs(graph, site));
  return { lat: site.lat, lng: site.lng, minutes: paths.minutes, km: paths.km };
}

const DIRECT_LAT_DEG = kmToLatDegrees(DIRECT_LEG_MAX_KM);

/**
 * Writes travel minutes and km from every demand point to one site into `outMinutes[offset + d * stride]`
 * (and the same slot of `outKm`): best of (demand leg + node time), or a direct local leg when
 * both points are within DIRECT_LEG_MAX_KM.
 */
export function fillTravelColumn(
  access: DemandAccess,
  reach: SiteReach,
  outMinutes: Float64Array,
  outKm: Float64Array,
  offset = 0,
  stride = 1,
): void {
  const { legOffset, legNode, legMinutes, legKm, lat, lng } = access;
  const nodeMinutes = reach.minutes;
  const nodeKm = reach.km;
  const sLat = reach.lat;
  const sLng = reach.lng;
  for (let d = 0, out = offset; d < access.count; d++, out += stride) {
    let best = Infinity;
    let bestKm = Infinity;
    for (let i = legOffset[d], end = legOffset[d + 1]; i < end; i++) {
      const m = legMinutes[i] + nodeMinutes[legNode[i]];
      if (m < best) {
        best = m;
        bestKm = legKm[i] + nodeKm[legNode[i]];
      }
    }
    // cheap latitude band first: only nearby pairs pay for a great-circle evaluation
    const dLat = lat[d] - sLat;
    if (dLat <= DIRECT_LAT_DEG && dLat >= -DIRECT_LAT_DEG) {
      const gc = greatCircleKm(lat[d], lng[d], sLat, sLng);
      if (gc <= DIRECT_LEG_MAX_KM) {
        const m = accessMinutes(gc);
        if (m < best) {
          best = m;
          bestKm = accessKm(gc);
        }
      }
    }
    outMinutes[out] = best;
    outKm[out] = bestKm;
  }
}

/**
 * Road travel matrix (minutes and km, demand-major, demand.length × sites.length): one Dijkstra
 * per site, then each demand point = its access leg + the site's node distance.
 */
export function travelMatrix(
  graph: RoadGraph,
  demand: readonly GeoPoint[],
  sites: readonly GeoPoint[],
  access: DemandAccess = prepareDemandAccess(graph, demand),
): TravelMatrix {
  if (access.count !== demand.length) throw new Error("Prepared demand access does not match the demand list");
  const D = demand.length;
  const S = sites.length;
  const minutes = new Float64Array(D * S);
  const km = new Float64Array(D * S);
  for (let s = 0; s < S; s++) {
    fillTravelColumn(access, siteReach(graph, sites[s]), minutes, km, s, S);
  }
  return { demandCount: D, siteCount: S, minutes, km };
}
