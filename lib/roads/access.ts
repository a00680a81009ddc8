/**
 * Access legs: how an arbitrary point (a dealership's own coordinates, a village) joins the road
 * graph. It drives to the nearest point ON an edge (its projection onto the segment) at local-road
 * speed and detour, then along that edge at the edge's speed to both of the edge's ends. A point
 * between two towns 300 km apart on a highway thus joins the highway next to it, not a far node.
 */
import { around } from "geokdbush";
import { ACCESS_CANDIDATE_RATIO, ACCESS_SLACK_KM, accessKm, accessMinutes } from "./assumptions";
import type { RoadGraph } from "./graph";
import { greatCircleKm } from "./great-circle";
import type { PathSource } from "./dijkstra";

/** A point on the map; `nodeSlug` pins it to a graph node (e.g. a city centre) when it lies within PIN_MAX_KM of it. */
export interface GeoPoint {
  lat: number;
  lng: number;
  nodeSlug?: string | null;
}

/** A pinned point further than this from its node joins the network like any other point. */
export const PIN_MAX_KM = 5;

/** How many edges a point may join (a village between two roads can take either). */
export const ACCESS_CANDIDATE_EDGES = 3;

/** Sampled edge points looked at to find the nearest edges. */
const SAMPLE_CANDIDATES = 24;

/** Where a point meets one edge: fraction t from edgeFrom, the meeting point and its great-circle distance. */
export interface EdgeProjection {
  edge: number;
  t: number;
  lat: number;
  lng: number;
  km: number;
}

/** The nearest point of edge `edge` to (lat, lng): projection onto the straight segment in a local plane. */
export function projectOntoEdge(graph: RoadGraph, edge: number, lat: number, lng: number): EdgeProjection {
  const a = graph.edgeFrom[edge];
  const b = graph.edgeTo[edge];
  const kx = Math.cos((lat * Math.PI) / 180);
  const ax = (graph.lng[a] - lng) * kx;
  const ay = graph.lat[a] - lat;
  const dx = (graph.lng[b] - graph.lng[a]) * kx;
  const dy = graph.lat[b] - graph.lat[a];
  const len2 = dx * dx + dy * dy;
  const t = len2 > 0 ? Math.min(1, Math.max(0, -(ax * dx + ay * dy) / len2)) : 0;
  const qLat = graph.lat[a] + t * (graph.lat[b] - graph.lat[a]);
  const qLng = graph.lng[a] + t * (graph.lng[b] - graph.lng[a]);
  return { edge, t, lat: qLat, lng: qLng, km: greatCircleKm(lat, lng, qLat, qLng) };
}

/** The nearest edges to a point (best first): the closest, plus others almost as close (ACCESS_CANDIDATE_RATIO). */
export function nearestEdges(graph: RoadGraph, lat: number, lng: number): EdgeProjection[] {
  const seen = new Set<number>();
  const projections: EdgeProjection[] = [];
  for (const sample of around(graph.edgeSampleIndex, lng, lat, SAMPLE_CANDIDATES)) {
    const edge = graph.sampleEdge[sample];
    if (seen.has(edge)) continue;
    seen.add(edge);
    projections.push(projectOntoEdge(graph, edge, lat, lng));
  }
  projections.sort((p, q) => p.km - q.km);
  if (projections.length === 0) return [];
  // a far second edge would be a cross-country shortcut the network does not have (e.g. across Lake Balkhash)
  const limit = projections[0].km * ACCESS_CANDIDATE_RATIO + ACCESS_SLACK_KM;
  return projections.filter((p, i) => i === 0 || p.km <= limit).slice(0, ACCESS_CANDIDATE_EDGES);
}

/**
 * The access legs of a point: for each nearby edge, the local leg to the edge plus the rest of the
 * edge to each of its two ends (minutes and km; `via` is where the point met the edge). A point pinned
 * to a node within PIN_MAX_KM joins exactly that node.
 */
export function accessLegs(graph: RoadGraph, point: GeoPoint): PathSource[] {
  if (!Number.isFinite(point.lat) || !Number.isFinite(point.lng)) {
    throw new Error(`Point has invalid coordinates (${point.lat}, ${point.lng})`);
  }
  if (point.nodeSlug) {
    const node = graph.nodeIndex.get(point.nodeSlug);
    if (node !== undefined) {
      const gc = greatCircleKm(point.lat, point.lng, graph.lat[node], graph.lng[node]);
      if (gc <= PIN_MAX_KM) return [{ node, minutes: accessMinutes(gc), km: accessKm(gc) }];
    }
  }
  const best = new Map<number, PathSource>();
  const offer = (leg: PathSource) => {
    const prev = best.get(leg.node);
    if (!prev || leg.minutes < prev.minutes) best.set(leg.node, leg);
  };
  for (const p of nearestEdges(graph, point.lat, point.lng)) {
    const legMinutes = accessMinutes(p.km);
    const legKm = accessKm(p.km);
    const via: [number, number] = [p.lng, p.lat];
    const em = graph.edgeMinutes[p.edge];
    const ek = graph.edgeKm[p.edge];
    offer({ node: graph.edgeFrom[p.edge], minutes: legMinutes + p.t * em, km: legKm + p.t * ek, via });
    offer({ node: graph.edgeTo[p.edge], minutes: legMinutes + (1 - p.t) * em, km: legKm + (1 - p.t) * ek, via });
  }
  return [...best.values()];
}
