/**
 * Access legs: how an arbitrary point (a dealership's own coordinates, a village) joins the
 * road graph. The point connects to its nearest node(s) at local-road speed and detour.
 */
import { around } from "geokdbush";
import {
  ACCESS_CANDIDATE_NODES,
  ACCESS_CANDIDATE_RATIO,
  ACCESS_SLACK_KM,
  accessKm,
  accessMinutes,
} from "./assumptions";
import type { RoadGraph } from "./graph";
import { greatCircleKm } from "./great-circle";
import type { PathSource } from "./dijkstra";

/** A point on the map; `nodeSlug` pins it to a graph node with a zero access leg (e.g. a city centre). */
export interface GeoPoint {
  lat: number;
  lng: number;
  nodeSlug?: string | null;
}

/**
 * The access legs of a point: up to ACCESS_CANDIDATE_NODES nearest nodes, each with the leg's
 * minutes and road km. A point with a known `nodeSlug` joins exactly that node at 0 minutes.
 */
export function accessLegs(graph: RoadGraph, point: GeoPoint): PathSource[] {
  if (point.nodeSlug) {
    const node = graph.nodeIndex.get(point.nodeSlug);
    if (node !== undefined) return [{ node, minutes: 0, km: 0 }];
  }
  if (!Number.isFinite(point.lat) || !Number.isFinite(point.lng)) {
    throw new Error(`Point has invalid coordinates (${point.lat}, ${point.lng})`);
  }
  const ids = around(graph.spatialIndex, point.lng, point.lat, ACCESS_CANDIDATE_NODES);
  const legs: PathSource[] = [];
  let limit = Infinity;
  for (const node of ids) {
    const gc = greatCircleKm(point.lat, point.lng, graph.lat[node], graph.lng[node]);
    if (legs.length === 0) limit = gc * ACCESS_CANDIDATE_RATIO + ACCESS_SLACK_KM;
    else if (gc > limit) continue;
    legs.push({ node, minutes: accessMinutes(gc), km: accessKm(gc) });
  }
  return legs;
}
