import type { CoverProblem } from "./cover-problem";
import type { MilpModel } from "./highs-runner";
import { MilpBuilder } from "./milp-builder";
import type { ReducedCover } from "./reduce-cover";

export type CoverSpec = { kind: "mclp"; p: number } | { kind: "lscp"; targetWeight: number };

/**
 * MCLP: max Σ w_d z_d s.t. z_d <= Σ_{j covers d} y_j, Σ y <= p.
 * LSCP: min Σ y - ε Σ w_d z_d s.t. the same linking rows and Σ w_d z_d >= target, where
 * ε = 1 / (Σ w + 1) keeps the coverage term below one site: among the fewest-site answers
 * HiGHS returns the one covering most. z is continuous: with integral y the optimum
 * makes it 0/1 anyway, and it keeps the branching on the y only.
 * Columns: y (one per rc.cols) then z (one per merged row). targetWeight excludes fixed coverage.
 */
export function buildCoverMilp(rc: ReducedCover, pb: CoverProblem, spec: CoverSpec): MilpModel {
  const b = new MilpBuilder();
  const nY = rc.cols.length;
  const totalRow = rc.rowWeight.reduce((s, w) => s + w, 0);
  const eps = 1 / (totalRow + 1);
  for (let c = 0; c < nY; c++) b.addCol(spec.kind === "lscp" ? 1 : 0, 0, 1, true);
  rc.rowWeight.forEach((w) => b.addCol(spec.kind === "lscp" ? -eps * w : w, 0, 1, false));
  rc.rowCols.forEach((cols, d) => {
    const idx = [nY + d, ...cols];
    const val = idx.map((_, k) => (k === 0 ? 1 : -1));
    b.addRow(idx, val, -Infinity, 0);
  });
  const all = rc.cols.map((_, c) => c);
  if (spec.kind === "mclp") b.addRow(all, all.map(() => 1), -Infinity, spec.p);
  else b.addRow(rc.rowWeight.map((_, d) => nY + d), rc.rowWeight, spec.targetWeight, Infinity);
  for (const [g, members] of cappedGroups(rc, pb)) b.addRow(members, members.map(() => 1), -Infinity, pb.groupCap[g]);
  return b.build(spec.kind === "mclp" ? "max" : "min");
}

/** Model columns per capped group, only where the cap can bind. */
export function cappedGroups(rc: ReducedCover, pb: CoverProblem): Map<number, number[]> {
  const groups = new Map<number, number[]>();
  rc.cols.forEach((j, c) => {
    const g = pb.groupOf[j];
    if (g >= 0 && Number.isFinite(pb.groupCap[g])) (groups.get(g) ?? groups.set(g, []).get(g)!).push(c);
  });
  for (const [g, members] of groups) if (members.length <= pb.groupCap[g]) groups.delete(g);
  return groups;
}

/** MIP start from a heuristic choice (original candidate indices; dominated ones map to their dominator). */
export function coverStart(rc: ReducedCover, chosen: number[]): Float64Array {
  const nY = rc.cols.length;
  const x = new Float64Array(nY + rc.rowCols.length);
  for (const j of chosen) if (rc.colOf[j] >= 0) x[rc.colOf[j]] = 1;
  rc.rowCols.forEach((cols, d) => (x[nY + d] = cols.some((c) => x[c] === 1) ? 1 : 0));
  return x;
}

/** Original candidate indices opened in a solution vector. */
export function coverChosen(rc: ReducedCover, colValue: Float64Array): number[] {
  return rc.cols.filter((_, c) => colValue[c] > 0.5);
}
