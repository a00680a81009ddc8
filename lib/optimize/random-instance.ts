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
