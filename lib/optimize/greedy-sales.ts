import { GainHeap, ranksBefore } from "./gain-heap";
import { groupsAllow } from "./group-caps";
import { applySales, capturedWeight, salesGain, type SalesProblem } from "./sales-problem";

export interface GreedySalesResult {
  order: number[];
  /** our utility per demand point with the fixed sites and `order` open */
  utility: Float64Array;
  captured: number;
}

/**
 * Lazy greedy (Minoux) on the captured weight: stale gains are upper bounds because the objective is
 * submodular, so only the heap's top is re-evaluated. Stops after p sites or when none adds anything.
 */
export function lazyGreedySales(pb: SalesProblem, p: number): GreedySalesResult {
  const x = pb.base.slice();
  let captured = capturedWeight(pb, x);
  const heap = new GainHeap(pb.m);
  for (let j = 0; j < pb.m; j++) {
    if (!pb.eligible[j]) continue;
    const g = salesGain(pb, x, j);
    if (g > 0) heap.push(j, g);
  }
  const counts = new Int32Array(pb.groupCap.length);
  const order: number[] = [];
  while (order.length < p && heap.size > 0) {
    const j = heap.pop();
    if (!groupsAllow(pb, counts, j)) continue;
    const g = salesGain(pb, x, j);
    if (!(g > 0)) continue;
    if (heap.size > 0 && !ranksBefore(g, j, heap.peekKey(), heap.peekId())) {
      heap.push(j, g);
      continue;
    }
    applySales(pb, x, j);
    captured += g;
    order.push(j);
    if (pb.groupOf[j] >= 0) counts[pb.groupOf[j]]++;
  }
  return { order, utility: x, captured };
}

/**
 * The online bound (Minoux; Leskovec et al. 2007): for a monotone submodular f and any set S,
 * OPT ≤ f(S) + Σ of the p largest marginal gains w.r.t. S. Group caps only remove sets, so the bound
 * stays valid with them.
 */
export function salesOnlineBound(pb: SalesProblem, result: GreedySalesResult, p: number): number {
  const chosen = new Set(result.order);
  const gains: number[] = [];
  for (let j = 0; j < pb.m; j++) if (pb.eligible[j] && !chosen.has(j)) gains.push(salesGain(pb, result.utility, j));
  gains.sort((a, b) => b - a);
  let bound = result.captured;
  for (let k = 0; k < Math.min(p, gains.length); k++) bound += Math.max(0, gains[k]);
  return bound;
}
