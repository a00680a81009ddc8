import { fixedCoverage, type CoverProblem } from "./cover-problem";
import { transposeCoverage } from "./coverage";

/**
 * The covering problem shrunk for the MILP: demand already covered by fixed sites or
 * unreachable is gone, demand with identical candidate sets is merged (weights summed),
 * and dominated candidates are dropped.
 */
export interface ReducedCover {
  /** Original candidate index of each model column. */
  cols: number[];
  /** Merged demand rows: weight and the model columns covering it. */
  rowWeight: number[];
  rowCols: number[][];
  /** Weight covered by fixed sites (weight units). */
  fixedWeight: number;
  /** Model column of each original eligible candidate (its dominator if dropped), else -1. */
  colOf: Int32Array;
}

function mergeRows(lists: number[][], weights: number[]): { rowCols: number[][]; rowWeight: number[] } {
  const byKey = new Map<string, number>();
  const rowCols: number[][] = [];
  const rowWeight: number[] = [];
  lists.forEach((list, d) => {
    if (list.length === 0) return;
    const key = list.join(",");
    const r = byKey.get(key);
    if (r === undefined) {
      byKey.set(key, rowCols.length);
      rowCols.push(list);
      rowWeight.push(weights[d]);
    } else rowWeight[r] += weights[d];
  });
  return { rowCols, rowWeight };
}

/** Caps make dominance unsafe across groups; uncapped candidates share class -1. */
function capClass(pb: CoverProblem, j: number): number {
  const g = pb.groupOf[j];
  return g >= 0 && Number.isFinite(pb.groupCap[g]) ? g : -1;
}

/** Shrinks a covering problem for the exact solver (see ReducedCover); dominance is skipped above `maxDominancePairs` work. */
export function reduceCover(pb: CoverProblem, maxDominanceWork = 2e8): ReducedCover {
  const { covered, coveredWeight } = fixedCoverage(pb);
  const byDemand = transposeCoverage(pb.coverage, pb.n);
  const lists: number[][] = [];
  const weights: number[] = [];
  for (let i = 0; i < pb.n; i++) {
    if (covered[i] || pb.weights[i] <= 0) continue;
    const list: number[] = [];
    for (let k = byDemand.start[i]; k < byDemand.start[i + 1]; k++) if (pb.eligible[byDemand.cand[k]]) list.push(byDemand.cand[k]);
    if (list.length > 0) {
      lists.push(list);
      weights.push(pb.weights[i]);
    }
  }
  const merged = mergeRows(lists, weights);
  // candidate -> merged rows, as bitsets for subset tests
  const rowsOf = new Map<number, number[]>();
  merged.rowCols.forEach((list, r) => list.forEach((j) => (rowsOf.get(j) ?? rowsOf.set(j, []).get(j)!).push(r)));
  const cands = [...rowsOf.keys()].sort((a, b) => rowsOf.get(b)!.length - rowsOf.get(a)!.length || a - b);
  const words = Math.ceil(merged.rowCols.length / 32);
  const dominator = new Map<number, number>();
  if (cands.length * cands.length * Math.max(1, words) <= maxDominanceWork) {
    const bits = new Map<number, Uint32Array>();
    for (const j of cands) {
      const b = new Uint32Array(words);
      for (const r of rowsOf.get(j)!) b[r >>> 5] |= 1 << (r & 31);
      bits.set(j, b);
    }
    const kept = new Uint8Array(pb.m);
    // larger sets first, so a candidate only needs checking against kept ones (subset is transitive)
    for (const j of cands) {
      const bj = bits.get(j)!;
      const firstRow = rowsOf.get(j)![0];
      let dom = -1;
      for (const k of merged.rowCols[firstRow]) {
        if (!kept[k] || capClass(pb, k) !== capClass(pb, j)) continue;
        const bk = bits.get(k)!;
        let subset = true;
        for (let w = 0; w < words && subset; w++) if ((bj[w] & ~bk[w]) !== 0) subset = false;
        if (subset) {
          dom = k;
          break;
        }
      }
      if (dom >= 0) dominator.set(j, dom);
      else kept[j] = 1;
    }
  }
  const cols = cands.filter((j) => !dominator.has(j)).sort((a, b) => a - b);
  const colOf = new Int32Array(pb.m).fill(-1);
  cols.forEach((j, c) => (colOf[j] = c));
  for (const [j, k] of dominator) colOf[j] = colOf[k];
  // dropping candidates can make rows identical again
  const restricted = merged.rowCols.map((list) => list.filter((j) => !dominator.has(j)).map((j) => colOf[j]));
  const again = mergeRows(restricted, merged.rowWeight);
  return { cols, rowWeight: again.rowWeight, rowCols: again.rowCols, fixedWeight: coveredWeight, colOf };
}
