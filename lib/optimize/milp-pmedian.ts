import type { MilpModel } from "./highs-runner";
import { MilpBuilder } from "./milp-builder";
import type { PMedianProblem } from "./pmedian-problem";

/**
 * Per-demand sorted distances for the "sorted-distance" p-median formulation (Cornuéjols,
 * Nemhauser & Wolsey; Elloumi 2010). For demand i, D_0 < D_1 < ... < D_{K-1} are the
 * distinct costs of eligible columns cheaper than base_i (nearest fixed site or penalty).
 */
export interface DistanceLevels {
  /** CSR over demand into sortedCol/sortedCost. */
  rowStart: Int32Array;
  sortedCol: Int32Array;
  sortedCost: Float64Array;
  /** CSR over demand into levelPos: offsets (within the demand's sorted run) where each distinct cost starts. */
  levelPtr: Int32Array;
  levelPos: Int32Array;
}

/** Sorts every demand's candidate costs; memory is O(n × eligible columns). */
export function buildLevels(pb: PMedianProblem): DistanceLevels {
  const { n, ct, base } = pb;
  const E = pb.cols.length;
  const rowStart = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    let cnt = 0;
    for (let c = 0; c < E; c++) if (ct[c * n + i] < base[i]) cnt++;
    rowStart[i + 1] = rowStart[i] + cnt;
  }
  const sortedCol = new Int32Array(rowStart[n]);
  const sortedCost = new Float64Array(rowStart[n]);
  const levelPtr = new Int32Array(n + 1);
  const levelPos: number[] = [];
  for (let i = 0; i < n; i++) {
    const cols: number[] = [];
    for (let c = 0; c < E; c++) if (ct[c * n + i] < base[i]) cols.push(c);
    cols.sort((a, b) => ct[a * n + i] - ct[b * n + i] || a - b);
    const s = rowStart[i];
    cols.forEach((c, k) => {
      sortedCol[s + k] = c;
      sortedCost[s + k] = ct[c * n + i];
      if (k === 0 || sortedCost[s + k] !== sortedCost[s + k - 1]) levelPos.push(k);
    });
    levelPtr[i + 1] = levelPos.length;
  }
  return { rowStart, sortedCol, sortedCost, levelPtr, levelPos: Int32Array.from(levelPos) };
}

/** Number of distinct levels for demand i. */
export function levelCount(lv: DistanceLevels, i: number): number {
  return lv.levelPtr[i + 1] - lv.levelPtr[i];
}

/** Cost of level k of demand i, or base_i past the last level. */
export function levelCost(lv: DistanceLevels, pb: PMedianProblem, i: number, k: number): number {
  if (k >= levelCount(lv, i)) return pb.base[i];
  return lv.sortedCost[lv.rowStart[i] + lv.levelPos[lv.levelPtr[i] + k]];
}

/** How many levels of demand i cost at most `value` (binary search). */
export function levelsUpTo(lv: DistanceLevels, pb: PMedianProblem, i: number, value: number): number {
  let lo = 0;
  let hi = levelCount(lv, i);
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (levelCost(lv, pb, i, mid) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Truncated sorted-distance MILP. With depth L_i, demand i is charged
 * D_0 + Σ_{k<L_i} (D_{k+1} - D_k) z_k where z_0 >= 1 - Σ_{level 0} y and
 * z_k >= z_{k-1} - Σ_{level k} y (z_k = "nothing open within D_k"). Each row only holds the
 * columns AT that distance, so nonzeros stay O(n × levels) rather than O(n × levels²).
 * Truncation charges min(true cost, D_{L_i}), a relaxation: its optimum is a valid lower
 * bound, and exact once the solution's true cost matches. Columns: y (one per pb.cols),
 * then z. Returns the model and the constant offset (weight × cost units).
 */
export function buildPMedianMilp(
  pb: PMedianProblem,
  lv: DistanceLevels,
  depth: Int32Array,
  p: number,
  cappedGroups: Map<number, number[]>,
): { model: MilpModel; offset: number; zStart: Int32Array } {
  const b = new MilpBuilder();
  const E = pb.cols.length;
  for (let c = 0; c < E; c++) b.addCol(0, 0, 1, true);
  let offset = 0;
  const zStart = new Int32Array(pb.n + 1);
  for (let i = 0; i < pb.n; i++) {
    const w = pb.weights[i];
    const L = w > 0 ? Math.min(depth[i], levelCount(lv, i)) : 0;
    zStart[i] = b.numCols;
    if (w <= 0) {
      zStart[i + 1] = b.numCols;
      continue;
    }
    offset += w * levelCost(lv, pb, i, 0);
    const s = lv.rowStart[i];
    const lp = lv.levelPtr[i];
    for (let k = 0; k < L; k++) {
      const z = b.addCol(w * (levelCost(lv, pb, i, k + 1) - levelCost(lv, pb, i, k)), 0, 1, false);
      const from = s + lv.levelPos[lp + k];
      const to = k + 1 < levelCount(lv, i) ? s + lv.levelPos[lp + k + 1] : lv.rowStart[i + 1];
      const idx = k === 0 ? [z] : [z, z - 1];
      const val = k === 0 ? [1] : [1, -1];
      for (let t = from; t < to; t++) {
        idx.push(lv.sortedCol[t]);
        val.push(1);
      }
      b.addRow(idx, val, k === 0 ? 1 : 0, Infinity);
    }
    zStart[i + 1] = b.numCols;
  }
  const all = Array.from({ length: E }, (_, c) => c);
  b.addRow(all, all.map(() => 1), -Infinity, p);
  for (const [g, members] of cappedGroups) b.addRow(members, members.map(() => 1), -Infinity, pb.groupCap[g]);
  return { model: b.build("min"), offset, zStart };
}

/** Full start vector (y and z) for a set of open columns, given each demand's true cost d. */
export function pmedianStart(pb: PMedianProblem, lv: DistanceLevels, zStart: Int32Array, open: number[], d: Float64Array): Float64Array {
  const x = new Float64Array(zStart[pb.n]);
  for (const c of open) x[c] = 1;
  for (let i = 0; i < pb.n; i++) {
    for (let col = zStart[i], k = 0; col < zStart[i + 1]; col++, k++) x[col] = d[i] > levelCost(lv, pb, i, k) ? 1 : 0;
  }
  return x;
}
