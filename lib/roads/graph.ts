/**
 * Compact road graph: nodes in typed arrays, undirected edges stored as a CSR adjacency list
 * (each edge twice), so Dijkstra touches only flat arrays.
 */
import KDBush from "kdbush";
import { ROAD_SPEEDS_KMH, minutesAt, type RoadCategory } from "./assumptions";
import { greatCircleKm } from "./great-circle";
import { JUNCTIONS, ROAD_EDGES } from "./network-data";

/** A node position; `slug` identifies it in edges. */
export interface GraphNodeInput {
  slug: string;
  lat: number;
  lng: number;
}

/** The minimum an edge needs to be routable. */
export interface GraphEdgeInput {
  from: string;
  to: string;
  km: number;
  category: RoadCategory;
}

/** Read-only compact road graph. */
export interface RoadGraph {
  readonly nodeCount: number;
  readonly edgeCount: number;
  readonly slugs: readonly string[];
  readonly nodeIndex: ReadonlyMap<string, number>;
  readonly lat: Float64Array;
  readonly lng: Float64Array;
  /** adjacency of node i is adjTarget[adjOffset[i] .. adjOffset[i+1]) */
  readonly adjOffset: Int32Array;
  readonly adjTarget: Int32Array;
  readonly adjKm: Float64Array;
  readonly adjMinutes: Float64Array;
  /** kdbush index over node [lng, lat] for nearest-node queries with geokdbush */
  readonly spatialIndex: KDBush;
  /** the undirected edges once each: endpoints, km and minutes (for joining points onto an edge) */
  readonly edgeFrom: Int32Array;
  readonly edgeTo: Int32Array;
  readonly edgeKm: Float64Array;
  readonly edgeMinutes: Float64Array;
  /** kdbush over points sampled every EDGE_SAMPLE_KM along each edge; sampleEdge[i] is sample i's edge */
  readonly edgeSampleIndex: KDBush;
  readonly sampleEdge: Int32Array;
}

/** Spacing of the points sampled along edges to find the edges near a point. */
export const EDGE_SAMPLE_KM = 10;

/** Options for graph construction. */
export interface BuildGraphOptions {
  /** average speed per road category in km/h (defaults to ROAD_SPEEDS_KMH) */
  speedsKmh?: Readonly<Record<RoadCategory, number>>;
}

/** Builds a RoadGraph from explicit nodes and edges; edge minutes = km / category speed. */
export function buildGraphFromEdges(
  nodes: readonly GraphNodeInput[],
  edges: readonly GraphEdgeInput[],
  options: BuildGraphOptions = {},
): RoadGraph {
  const speeds = options.speedsKmh ?? ROAD_SPEEDS_KMH;
  const n = nodes.length;
  if (n === 0) throw new Error("Road graph needs at least one node");
  const nodeIndex = new Map<string, number>();
  const lat = new Float64Array(n);
  const lng = new Float64Array(n);
  nodes.forEach((node, i) => {
    if (nodeIndex.has(node.slug)) throw new Error(`Road graph node "${node.slug}" is given twice`);
    if (!Number.isFinite(node.lat) || !Number.isFinite(node.lng)) {
      throw new Error(`Road graph node "${node.slug}" has invalid coordinates (${node.lat}, ${node.lng})`);
    }
    nodeIndex.set(node.slug, i);
    lat[i] = node.lat;
    lng[i] = node.lng;
  });

  const from = new Int32Array(edges.length);
  const to = new Int32Array(edges.length);
  const degree = new Int32Array(n);
  edges.forEach((e, k) => {
    const a = nodeIndex.get(e.from);
    const b = nodeIndex.get(e.to);
    const missing = a === undefined ? e.from : b === undefined ? e.to : null;
    if (missing !== null || a === undefined || b === undefined) {
      throw new Error(
        `Road edge ${e.from} -> ${e.to} references unknown node "${missing}": pass that city (slug, lat, lng) or add a junction`,
      );
    }
    if (!(e.km > 0) || !Number.isFinite(e.km)) throw new Error(`Road edge ${e.from} -> ${e.to} has invalid length ${e.km} km`);
    const speed = speeds[e.category];
    if (!(speed > 0)) throw new Error(`No speed for road category "${e.category}"`);
    if (a === b) throw new Error(`Road edge ${e.from} -> ${e.to} is a loop`);
    from[k] = a;
    to[k] = b;
    degree[a]++;
    degree[b]++;
  });

  const adjOffset = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) adjOffset[i + 1] = adjOffset[i] + degree[i];
  const fill = adjOffset.slice(0, n);
  const m2 = adjOffset[n];
  const adjTarget = new Int32Array(m2);
  const adjKm = new Float64Array(m2);
  const adjMinutes = new Float64Array(m2);
  edges.forEach((e, k) => {
    const minutes = minutesAt(e.km, speeds[e.category]);
    const a = from[k];
    const b = to[k];
    adjTarget[fill[a]] = b;
    adjKm[fill[a]] = e.km;
    adjMinutes[fill[a]++] = minutes;
    adjTarget[fill[b]] = a;
    adjKm[fill[b]] = e.km;
    adjMinutes[fill[b]++] = minutes;
  });

  const spatialIndex = new KDBush(n, 16);
  for (let i = 0; i < n; i++) spatialIndex.add(lng[i], lat[i]);
  spatialIndex.finish();

  const edgeKm = new Float64Array(edges.length);
  const edgeMinutes = new Float64Array(edges.length);
  const samplesPerEdge = edges.map((e, k) => {
    edgeKm[k] = e.km;
    edgeMinutes[k] = minutesAt(e.km, speeds[e.category]);
    const gc = greatCircleKm(lat[from[k]], lng[from[k]], lat[to[k]], lng[to[k]]);
    return Math.max(2, Math.ceil(gc / EDGE_SAMPLE_KM) + 1);
  });
  const sampleCount = samplesPerEdge.reduce((a, b) => a + b, 0);
  const edgeSampleIndex = new KDBush(Math.max(1, sampleCount), 16);
  const sampleEdge = new Int32Array(Math.max(1, sampleCount));
  let sample = 0;
  samplesPerEdge.forEach((count, k) => {
    for (let i = 0; i < count; i++) {
      const t = i / (count - 1);
      edgeSampleIndex.add(lng[from[k]] + t * (lng[to[k]] - lng[from[k]]), lat[from[k]] + t * (lat[to[k]] - lat[from[k]]));
      sampleEdge[sample++] = k;
    }
  });
  if (sampleCount === 0) edgeSampleIndex.add(lng[0], lat[0]);
  edgeSampleIndex.finish();

  return {
    nodeCount: n,
    edgeCount: edges.length,
    slugs: nodes.map((node) => node.slug),
    nodeIndex,
    lat,
    lng,
    adjOffset,
    adjTarget,
    adjKm,
    adjMinutes,
    spatialIndex,
    edgeFrom: from,
    edgeTo: to,
    edgeKm,
    edgeMinutes,
    edgeSampleIndex,
    sampleEdge,
  };
}

/**
 * Builds Kazakhstan's road graph from the planner cities' coordinates (slug, lat, lng) plus the
 * built-in junctions and ROAD_EDGES. Cities that no edge references are left out (they join the
 * network through access legs when used as points); a missing network city throws.
 */
export function buildRoadGraph(cities: readonly GraphNodeInput[], options: BuildGraphOptions = {}): RoadGraph {
  const referenced = new Set<string>();
  for (const e of ROAD_EDGES) {
    referenced.add(e.from);
    referenced.add(e.to);
  }
  const junctionSlugs = new Set(JUNCTIONS.map((j) => j.slug));
  const nodes: GraphNodeInput[] = [];
  for (const c of cities) {
    if (junctionSlugs.has(c.slug)) throw new Error(`City slug "${c.slug}" clashes with a built-in road junction`);
    if (referenced.has(c.slug)) nodes.push({ slug: c.slug, lat: c.lat, lng: c.lng });
  }
  for (const j of JUNCTIONS) nodes.push({ slug: j.slug, lat: j.lat, lng: j.lng });
  return buildGraphFromEdges(nodes, ROAD_EDGES, options);
}

/** Node index of `slug` in the graph; throws when the graph has no such node. */
export function nodeOf(graph: RoadGraph, slug: string): number {
  const i = graph.nodeIndex.get(slug);
  if (i === undefined) throw new Error(`Road graph has no node "${slug}"`);
  return i;
}
