import type { Feature, FeatureCollection, LineString, MultiLineString } from "geojson";
import { ACCESS_DETOUR_FACTOR, ACCESS_SPEED_KMH, NATIONAL_ROAD_EDGES, siteReach, type RoadGraph } from "../roads";

/** The road network (highways and regional roads) as GeoJSON lines ([lng, lat]) with road name, category and km. */
export function roadNetworkGeoJSON(graph: RoadGraph): FeatureCollection<LineString, { road: string; category: string; km: number; source: string }> {
  const features: Feature<LineString, { road: string; category: string; km: number; source: string }>[] = [];
  for (const e of NATIONAL_ROAD_EDGES) {
    const a = graph.nodeIndex.get(e.from);
    const b = graph.nodeIndex.get(e.to);
    if (a === undefined || b === undefined) continue;
    features.push({
      type: "Feature",
      properties: { road: e.road, category: e.category, km: e.km, source: e.source },
      geometry: { type: "LineString", coordinates: [[graph.lng[a], graph.lat[a]], [graph.lng[b], graph.lat[b]]] },
    });
  }
  return { type: "FeatureCollection", features };
}

/** Where a site reaches within the threshold: road stretches and, around each reached node, the off-road radius left. */
export interface SiteReachArea {
  /** reachable stretches of road, GeoJSON [lng, lat] */
  roads: MultiLineString;
  /** reached nodes with the km an owner could still drive off the highway (access speed and detour) */
  nodes: { lat: number; lng: number; radiusKm: number }[];
}

/**
 * The drive-time area of one site in minutes: every road stretch within `thresholdMinutes` of it
 * (edges cut where the time runs out) plus an off-road radius at each reached node. An
 * isochrone-like shape that, unlike a circle, follows Kazakhstan's sparse highways.
 */
export function siteReachArea(graph: RoadGraph, site: { lat: number; lng: number }, thresholdMinutes: number): SiteReachArea {
  const reach = siteReach(graph, site);
  const lines: [number, number][][] = [];
  const nodes: SiteReachArea["nodes"] = [];
  const offRoadKm = (minutesLeft: number) => ((minutesLeft / 60) * ACCESS_SPEED_KMH) / ACCESS_DETOUR_FACTOR;
  for (let u = 0; u < graph.nodeCount; u++) {
    const mu = reach.minutes[u];
    if (!(mu < thresholdMinutes)) continue;
    nodes.push({ lat: graph.lat[u], lng: graph.lng[u], radiusKm: offRoadKm(thresholdMinutes - mu) });
    for (let k = graph.adjOffset[u]; k < graph.adjOffset[u + 1]; k++) {
      const v = graph.adjTarget[k];
      const mv = reach.minutes[v];
      const w = graph.adjMinutes[k];
      // each undirected edge appears twice: draw a fully reached edge once (from its lower index)
      if (mv + 0 <= thresholdMinutes && mu + w <= thresholdMinutes + 1e-9 && v < u) continue;
      const f = Math.min(1, (thresholdMinutes - mu) / w);
      lines.push([
        [graph.lng[u], graph.lat[u]],
        [graph.lng[u] + (graph.lng[v] - graph.lng[u]) * f, graph.lat[u] + (graph.lat[v] - graph.lat[u]) * f],
      ]);
    }
  }
  return { roads: { type: "MultiLineString", coordinates: lines }, nodes };
}
