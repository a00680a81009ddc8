import { mulberry32 } from "../random";
import { GainHeap, ranksBefore } from "./gain-heap";
import { pmedianCost, pmedianGain, type PMedianProblem } from "./pmedian-problem";

export interface PMedianHeuristicResult {
  /** Opened columns (indices into pb.cols). */
  open: number[];
  /** Σ weight × cost. */
  cost: number;
  swaps: number;
}

function groupCount(pb: PMedianProblem, open: number[]): Int32Array {
  const counts = new Int32Array(pb.groupCap.length);
  for (const c of open) {
    const g = pb.groupOf[pb.cols[c]];
    if (g >= 0) counts[g]++;
  }
  return counts;
}

/** Lazy greedy add: cost reduction is submodular, so stale gains are valid upper bounds. Returns opened columns. */
export function greedyPMedian(pb: PMedianProblem, p: number): number[] {
  const d = pb.base.slice();
  const counts = new Int32Array(pb.groupCap.length);
  const heap = new GainHeap(pb.cols.length);
  for (let c = 0; c < pb.cols.length; c++) {
    const g = pmedianGain(pb, d, c);
    if (g > 0) heap.push(c, g);
  }
  const open: number[] = [];
  while (open.length < p && heap.size > 0) {
    const c = heap.pop();
    const grp = pb.groupOf[pb.cols[c]];
    if (grp >= 0 && counts[grp] >= pb.groupCap[grp]) continue;
    const g = pmedianGain(pb, d, c);
    if (g <= 0) continue;
    if (heap.size > 0 && !ranksBefore(g, c, heap.peekKey(), heap.peekId())) {
      heap.push(c, g);
      continue;
    }
    const off = c * pb.n;
    for (let i = 0; i < pb.n; i++) if (pb.ct[off + i] < d[i]) d[i] = pb.ct[off + i];
    open.push(c);
    if (grp >= 0) counts[grp]++;
  }
  return open;
}

/** Nearest and second-nearest open cost per demand; `slot` = position in `open` of the nearest, -1 for fixed/penalty. */
function assign(pb: PMedianProblem, open: number[]) {
  const { n } = pb;
  const d1 = pb.base.slice();
  const d2 = new Float64Array(n).fill(pb.penalty);
  const slot = new Int32Array(n).fill(-1);
  for (let s = 0; s < open.length; s++) {
    const off = open[s] * n;
    for (let i = 0; i < n; i++) {
      const c = pb.ct[off + i];
      if (c < d1[i]) {
        d2[i] = d1[i];
        d1[i] = c;
        slot[i] = s;
      } else if (c < d2[i]) d2[i] = c;
    }
  }
  return { d1, d2, slot };
}

/**
 * Vertex substitution (Teitz–Bart) with Whitaker's fast interchange evaluation: for each
 * closed column c, one pass over demand gives the cost change of swapping c for every
 * open column at once, using nearest/second-nearest distances. Best improving swap is
 * applied until none improves. Fixed sites are never swapped out.
 */
export function interchangePMedian(pb: PMedianProblem, start: number[], maxSwaps = 10_000): PMedianHeuristicResult {
  const open = start.slice();
  const { n, weights, ct } = pb;
  let cost = pmedianCost(pb, open);
  const tol = 1e-10 * Math.max(1, Math.abs(cost));
  const isOpen = new Uint8Array(pb.cols.length);
  for (const c of open) isOpen[c] = 1;
  const loss = new Float64Array(open.length);
  let swaps = 0;
  while (swaps < maxSwaps && open.length > 0) {
    const { d1, d2, slot } = assign(pb, open);
    const counts = groupCount(pb, open);
    let bestDelta = -tol;
    let bestIn = -1;
    let bestOut = -1;
    for (let c = 0; c < pb.cols.length; c++) {
      if (isOpen[c]) continue;
      const gc = pb.groupOf[pb.cols[c]];
      const off = c * n;
      let gain = 0; // change from c becoming the nearest site (negative)
      loss.fill(0); // extra change if slot s closes, for demand c does not capture
      for (let i = 0; i < n; i++) {
        const dc = ct[off + i];
        if (dc < d1[i]) gain += weights[i] * (dc - d1[i]);
        else if (slot[i] >= 0) loss[slot[i]] += weights[i] * (Math.min(dc, d2[i]) - d1[i]);
      }
      for (let s = 0; s < open.length; s++) {
        if (gc >= 0) {
          const freed = pb.groupOf[pb.cols[open[s]]] === gc ? 1 : 0;
          if (counts[gc] - freed + 1 > pb.groupCap[gc]) continue;
        }
        const delta = gain + loss[s];
        if (delta < bestDelta) {
          bestDelta = delta;
          bestIn = c;
          bestOut = s;
        }
      }
    }
    if (bestIn < 0) break;
    isOpen[open[bestOut]] = 0;
    isOpen[bestIn] = 1;
    open[bestOut] = bestIn;
    cost = pmedianCost(pb, open);
    swaps++;
  }
  return { open, cost, swaps };
}

/**
 * Randomised greedy construction (GRASP): each round opens a column drawn uniformly from
 * the `rcl` best gains, so restarts explore different basins of the interchange search.
 */
export function randomizedGreedyPMedian(pb: PMedianProblem, p: number, rng: () => number, rcl = 3): number[] {
  const d = pb.base.slice();
  const counts = new Int32Array(pb.groupCap.length);
  const isOpen = new Uint8Array(pb.cols.length);
  const open: number[] = [];
  const top: Array<{ c: number; g: number }> = [];
  while (open.length < p) {
    top.length = 0;
    for (let c = 0; c < pb.cols.length; c++) {
      const grp = pb.groupOf[pb.cols[c]];
      if (isOpen[c] || (grp >= 0 && counts[grp] >= pb.groupCap[grp])) continue;
      const g = pmedianGain(pb, d, c);
      if (g <= 0) continue;
      if (top.length < rcl || g > top[top.length - 1].g) {
        top.push({ c, g });
        top.sort((a, b) => b.g - a.g);
        if (top.length > rcl) top.pop();
      }
    }
    if (top.length === 0) break;
    const { c } = top[Math.floor(rng() * top.length)];
    const off = c * pb.n;
    for (let i = 0; i < pb.n; i++) if (pb.ct[off + i] < d[i]) d[i] = pb.ct[off + i];
    isOpen[c] = 1;
    open.push(c);
    const grp = pb.groupOf[pb.cols[c]];
    if (grp >= 0) counts[grp]++;
  }
  return open;
}

/**
 * The previous heuristic, kept as the benchmark's baseline ("today's way"): greedy +
 * interchange, then up to `restarts` GRASP restarts (randomised greedy + interchange)
 * while the work stays under ~`workBudget` demand-column evaluations. The solvers use
 * vnsPMedian (pmedian-vns.ts), which the benchmark compares against this.
 */
export function greedyInterchangePMedian(pb: PMedianProblem, p: number, restarts = 8, workBudget = 4e8): PMedianHeuristicResult {
  let best = interchangePMedian(pb, greedyPMedian(pb, p));
  const perRun = Math.max(1, pb.n * pb.cols.length * (p + best.swaps + 2));
  const runs = Math.min(restarts, Math.floor(workBudget / perRun));
  const rng = mulberry32(12345);
  for (let r = 0; r < runs; r++) {
    const run = interchangePMedian(pb, randomizedGreedyPMedian(pb, p, rng));
    if (run.cost < best.cost) best = run;
  }
  return best;
}
