import type { PointSet } from "./coverage-geo";
import type { Instance } from "./types";
import { mulberry32 } from "../random";


function gaussian(rng: () => number): number {
  // Box–Muller; 1 - u keeps log() away from 0
  return Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
}

export interface ClusterSpec {
  /** Cluster centres, e.g. towns. */
  centres: PointSet;
  /** Spread (standard deviation) per axis, in coordinate units. */
  sigma: number;
}

/** Random cluster centres uniformly inside [x0, x1] × [y0, y1]. */
export function randomCentres(rng: () => number, count: number, x0: number, x1: number, y0: number, y1: number): PointSet {
  const x = new Float64Array(count);
  const y = new Float64Array(count);
  for (let k = 0; k < count; k++) {
    x[k] = x0 + (x1 - x0) * rng();
    y[k] = y0 + (y1 - y0) * rng();
  }
  return { x, y };
}

/** `count` points scattered normally around randomly picked centres (Zipf-like: early centres are bigger). */
export function clusteredPoints(rng: () => number, count: number, spec: ClusterSpec): { x: Float64Array; y: Float64Array } {
  const k = spec.centres.x.length;
  const x = new Float64Array(count);
  const y = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    // 1/(rank) town sizes, like a real settlement hierarchy
    const c = Math.min(k - 1, Math.floor(k ** rng()) - 1);
    x[i] = spec.centres.x[c] + spec.sigma * gaussian(rng);
    y[i] = spec.centres.y[c] + spec.sigma * gaussian(rng);
  }
  return { x, y };
}

export interface RandomInstanceSpec {
  nDemand: number;
  nCand: number;
  nClusters: number;
  /** Side of the square region in km. */
  size: number;
  sigma: number;
  seed: number;
  /** Share of candidates that are existing (fixed) sites. */
  fixedShare?: number;
}

/** Clustered euclidean instance (costs in km) plus its coordinates. */
export function randomClusteredInstance(spec: RandomInstanceSpec): { instance: Instance; demand: PointSet; candidates: PointSet } {
  const rng = mulberry32(spec.seed);
  const centres = randomCentres(rng, spec.nClusters, 0, spec.size, 0, spec.size);
  const demand = clusteredPoints(rng, spec.nDemand, { centres, sigma: spec.sigma });
  const candidates = clusteredPoints(rng, spec.nCand, { centres, sigma: spec.sigma * 1.5 });
  const weights = Array.from({ length: spec.nDemand }, () => 1 + Math.floor(rng() * 100));
  const fixed = Array.from({ length: spec.nCand }, () => rng() < (spec.fixedShare ?? 0));
  const costs = new Float64Array(spec.nDemand * spec.nCand);
  for (let i = 0; i < spec.nDemand; i++) {
    for (let j = 0; j < spec.nCand; j++) costs[i * spec.nCand + j] = Math.hypot(demand.x[i] - candidates.x[j], demand.y[i] - candidates.y[j]);
  }
  const instance: Instance = {
    demandIds: Array.from({ length: spec.nDemand }, (_, i) => `d${i}`),
    weights,
    candidateIds: Array.from({ length: spec.nCand }, (_, j) => `c${j}`),
    fixed,
    costs,
  };
  return { instance, demand, candidates };
}

export interface GraphInstanceSpec {
  nodes: number;
  edges: number;
  seed: number;
}

/**
 * OR-Library-style p-median instance (Beasley's pmed family): a random connected graph
 * with integer edge lengths 1..100, every node both a unit-weight demand point and a
 * candidate, costs = shortest-path lengths (Dijkstra from every node).
 */
export function randomGraphInstance(spec: GraphInstanceSpec): Instance {
  const { nodes: n, seed } = spec;
  const rng = mulberry32(seed);
  const adj: Array<Array<[number, number]>> = Array.from({ length: n }, () => []);
  const link = (a: number, b: number) => {
    const len = 1 + Math.floor(rng() * 100);
    adj[a].push([b, len]);
    adj[b].push([a, len]);
  };
  // a random spanning tree keeps the graph connected; the rest of the edges are uniform
  for (let v = 1; v < n; v++) link(v, Math.floor(rng() * v));
  for (let e = n - 1; e < spec.edges; e++) {
    const a = Math.floor(rng() * n);
    const b = Math.floor(rng() * n);
    if (a !== b) link(a, b);
  }
  const costs = new Float64Array(n * n).fill(Infinity);
  const done = new Uint8Array(n);
  for (let src = 0; src < n; src++) {
    // O(n²) Dijkstra: dense enough here and needs no heap
    const dist = costs.subarray(src * n, (src + 1) * n);
    done.fill(0);
    dist[src] = 0;
    for (let it = 0; it < n; it++) {
      let u = -1;
      for (let v = 0; v < n; v++) if (!done[v] && (u < 0 || dist[v] < dist[u])) u = v;
      if (u < 0 || dist[u] === Infinity) break;
      done[u] = 1;
      for (const [v, len] of adj[u]) if (dist[u] + len < dist[v]) dist[v] = dist[u] + len;
    }
  }
  return {
    demandIds: Array.from({ length: n }, (_, i) => `v${i}`),
    weights: new Array<number>(n).fill(1),
    candidateIds: Array.from({ length: n }, (_, j) => `v${j}`),
    fixed: new Array<boolean>(n).fill(false),
    costs,
  };
}
