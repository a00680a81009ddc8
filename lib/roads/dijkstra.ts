/**
 * Fastest-path search (Dijkstra with a binary heap) from one or many sources.
 * Paths minimise minutes; the km returned are the length of that fastest path, which is what a
 * driver following the routing would cover.
 */
import FlatQueue from "flatqueue";
import { nodeOf, type RoadGraph } from "./graph";

/** A search origin: a node already reached after `minutes` and `km` (e.g. via an access leg). */
export interface PathSource {
  node: number;
  minutes: number;
  km: number;
  /** where the point met the network ([lng, lat] on an edge), for drawing the route */
  via?: [number, number];
}

/** Per-node results of a search: Infinity where unreachable. */
export interface ShortestPaths {
  /** fastest travel time to each node, in minutes */
  minutes: Float64Array;
  /** length of that fastest path, in km */
  km: Float64Array;
  /** predecessor node on the fastest path (-1 at a source); only when asked for */
  prev?: Int32Array;
}

// one reusable heap: searches are synchronous, so sharing it is safe and avoids re-allocation
const heap = new FlatQueue<number>();

/** Fastest minutes and km from the nearest of `sources` to every node (multi-source Dijkstra). */
export function shortestPaths(graph: RoadGraph, sources: readonly PathSource[], options: { withPrev?: boolean } = {}): ShortestPaths {
  const n = graph.nodeCount;
  const prev = options.withPrev ? new Int32Array(n).fill(-1) : null;
  const minutes = new Float64Array(n).fill(Infinity);
  const km = new Float64Array(n).fill(Infinity);
  const done = new Uint8Array(n);
  const { adjOffset, adjTarget, adjKm, adjMinutes } = graph;
  heap.clear();
  for (const s of sources) {
    if (s.node < 0 || s.node >= n) throw new Error(`Path source node ${s.node} is out of range`);
    // keep the faster start when two sources hit one node; tie -> shorter km
    if (s.minutes < minutes[s.node] || (s.minutes === minutes[s.node] && s.km < km[s.node])) {
      minutes[s.node] = s.minutes;
      km[s.node] = s.km;
      heap.push(s.node, s.minutes);
    }
  }
  while (heap.length > 0) {
    const u = heap.pop() as number;
    if (done[u]) continue; // stale heap entry (lazy deletion)
    done[u] = 1;
    const mu = minutes[u];
    const ku = km[u];
    for (let e = adjOffset[u], end = adjOffset[u + 1]; e < end; e++) {
      const v = adjTarget[e];
      if (done[v]) continue;
      const mv = mu + adjMinutes[e];
      const kv = ku + adjKm[e];
      if (mv < minutes[v] || (mv === minutes[v] && kv < km[v])) {
        minutes[v] = mv;
        km[v] = kv;
        if (prev) prev[v] = u;
        heap.push(v, mv);
      }
    }
  }
  return prev ? { minutes, km, prev } : { minutes, km };
}

/** Fastest minutes and km from node `slug` to every node. */
export function shortestPathsFrom(graph: RoadGraph, slug: string): ShortestPaths {
  return shortestPaths(graph, [{ node: nodeOf(graph, slug), minutes: 0, km: 0 }]);
}

/** Road km of the fastest route between two graph nodes (Infinity when disconnected). */
export function routeKm(graph: RoadGraph, fromSlug: string, toSlug: string): number {
  return shortestPathsFrom(graph, fromSlug).km[nodeOf(graph, toSlug)];
}

/** Minutes of the fastest route between two graph nodes (Infinity when disconnected). */
export function routeMinutes(graph: RoadGraph, fromSlug: string, toSlug: string): number {
  return shortestPathsFrom(graph, fromSlug).minutes[nodeOf(graph, toSlug)];
}
