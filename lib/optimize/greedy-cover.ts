import { applyCover, coverGain, fixedCoverage, type CoverProblem } from "./cover-problem";
import { GainHeap, ranksBefore } from "./gain-heap";
import { groupsAllow } from "./group-caps";

export interface GreedyCoverResult {
  /** Candidate indices in the order opened. */
  order: number[];
  covered: Uint8Array;
  /** Covered weight including the fixed sites (weight units). */
  coveredWeight: number;
}

/**
 * Lazy greedy (Minoux): keeps stale gains as upper bounds in a heap and only re-evaluates
 * the top, which is valid because coverage gain is submodular. Stops after `maxSites`
 * sites, once covered weight reaches `targetWeight`, or when no site adds coverage.
 */
export function lazyGreedyCover(pb: CoverProblem, maxSites: number, targetWeight = Infinity): GreedyCoverResult {
  const { covered, coveredWeight: base } = fixedCoverage(pb);
  let coveredWeight = base;
  const counts = new Int32Array(pb.groupCap.length);
  const heap = new GainHeap(pb.m);
  for (let j = 0; j < pb.m; j++) {
    if (!pb.eligible[j]) continue;
    const g = coverGain(pb, covered, j);
    if (g > 0) heap.push(j, g);
  }
  const order: number[] = [];
  while (order.length < maxSites && coveredWeight < targetWeight && heap.size > 0) {
    const j = heap.pop();
    if (!groupsAllow(pb, counts, j)) continue; // group full: it can never be opened again
    const g = coverGain(pb, covered, j);
    if (g <= 0) continue; // gains only shrink, so a useless site stays useless
    if (heap.size > 0 && !ranksBefore(g, j, heap.peekKey(), heap.peekId())) {
      heap.push(j, g);
      continue;
    }
    applyCover(pb, covered, j);
    coveredWeight += g;
    order.push(j);
    if (pb.groupOf[j] >= 0) counts[pb.groupOf[j]]++;
  }
  return { order, covered, coveredWeight };
}

/** Textbook greedy that rescans every candidate each round; the benchmark baseline. Same result as lazyGreedyCover. */
export function naiveGreedyCover(pb: CoverProblem, maxSites: number, targetWeight = Infinity): GreedyCoverResult {
  const { covered, coveredWeight: base } = fixedCoverage(pb);
  let coveredWeight = base;
  const counts = new Int32Array(pb.groupCap.length);
  const open = new Uint8Array(pb.m);
  const order: number[] = [];
  while (order.length < maxSites && coveredWeight < targetWeight) {
    let best = -1;
    let bestGain = 0;
    for (let j = 0; j < pb.m; j++) {
      if (!pb.eligible[j] || open[j] || !groupsAllow(pb, counts, j)) continue;
      const g = coverGain(pb, covered, j);
      if (g > bestGain) {
        bestGain = g;
        best = j;
      }
    }
    if (best < 0) break;
    applyCover(pb, covered, best);
    coveredWeight += bestGain;
    open[best] = 1;
    order.push(best);
    if (pb.groupOf[best] >= 0) counts[pb.groupOf[best]]++;
  }
  return { order, covered, coveredWeight };
}

/**
 * Proven upper bound on MCLP coverage with p new sites (weight units), from a greedy run:
 * f(S*) <= f(S) + the p largest marginal gains w.r.t. S (monotone submodularity), also
 * capped by everything the eligible sites can reach. Caps are ignored, which only loosens it.
 */
export function mclpOnlineBound(pb: CoverProblem, run: GreedyCoverResult, p: number): number {
  const { start, demand } = pb.coverage;
  const reach = run.covered.slice();
  let reachable = run.coveredWeight;
  const gains: number[] = [];
  for (let j = 0; j < pb.m; j++) {
    if (!pb.eligible[j]) continue;
    let g = 0;
    for (let k = start[j]; k < start[j + 1]; k++) {
      const i = demand[k];
      if (run.covered[i]) continue;
      g += pb.weights[i];
      if (!reach[i]) {
        reach[i] = 1;
        reachable += pb.weights[i];
      }
    }
    if (g > 0) gains.push(g);
  }
  gains.sort((a, b) => b - a);
  let bound = run.coveredWeight;
  for (let k = 0; k < Math.min(p, gains.length); k++) bound += gains[k];
  return Math.min(bound, reachable);
}
