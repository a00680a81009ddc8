/**
 * Exact maximum capture under the multinomial logit (Haase 2009's linearisation; Haase & Müller 2014).
 * Variables: y_j ∈ {0, 1} (open), x_ij ≥ 0 (share of point i's buyers choosing j), z_i ≥ 0 (share
 * choosing a competitor). Where competitors are in reach (C_i > 0):
 *   Σ_j x_ij + z_i = 1,   x_ij ≤ (v_ij / C_i)·z_i,   x_ij ≤ v_ij / (v_ij + C_i) · y_j.
 * With y fixed the LP sets x_ij = v_ij / (C_i + Σ_open v) exactly: the proportionality rows tie every
 * open site's share to the competitors'. Where no competitor is in reach (C_i = 0) our sites take every
 * buyer as soon as one is open, a covering row: t_i ≤ Σ_j y_j, t_i ≤ 1.
 * Objective: max Σ_i w_i (Σ_j x_ij + t_i). Existing sites are columns fixed at 1.
 */
import type { MilpModel } from "./highs-runner";
import { MilpBuilder } from "./milp-builder";
import type { SalesProblem } from "./sales-problem";

export interface SalesMilp {
  model: MilpModel;
  /** A complete MIP start for a heuristic choice (candidate indices; the fixed sites are open anyway). */
  start(chosen: readonly number[]): Float64Array;
}

interface PointColumns {
  i: number;
  reach: { j: number; v: number }[];
  /** t (no competitor in reach) or z */
  main: number;
  xs: number[];
}

/** Model columns: y first (one per candidate, in candidate order), then x/z/t. */
export function buildSalesMilp(pb: SalesProblem, p: number): SalesMilp {
  const b = new MilpBuilder();
  for (let j = 0; j < pb.m; j++) b.addCol(0, pb.fixed[j] ? 1 : 0, pb.fixed[j] || pb.eligible[j] ? 1 : 0, true);
  // per demand point, the candidates in reach (from the candidate-major lists)
  const byDemand: { j: number; v: number }[][] = Array.from({ length: pb.n }, () => []);
  for (let j = 0; j < pb.m; j++) {
    if (!pb.fixed[j] && !pb.eligible[j]) continue;
    for (let k = pb.start[j]; k < pb.start[j + 1]; k++) byDemand[pb.demand[k]].push({ j, v: pb.utility[k] });
  }
  const points: PointColumns[] = [];
  for (let i = 0; i < pb.n; i++) {
    const reach = byDemand[i];
    const w = pb.weights[i];
    if (reach.length === 0 || w === 0) continue;
    const c = pb.competitor[i];
    if (c === 0) {
      const t = b.addCol(w, 0, 1, false);
      b.addRow([t, ...reach.map((r) => r.j)], [1, ...reach.map(() => -1)], -Infinity, 0);
      points.push({ i, reach, main: t, xs: [] });
      continue;
    }
    const z = b.addCol(0, 0, 1, false);
    const xs = reach.map(() => b.addCol(w, 0, 1, false));
    b.addRow([...xs, z], [...xs.map(() => 1), 1], 1, 1);
    points.push({ i, reach, main: z, xs });
    reach.forEach((r, q) => {
      // x ≤ (v/C)·z written as (C·x − v·z) / max(C, v) ≤ 0: coefficients in [0, 1] whatever the scale
      const scale = Math.max(c, r.v);
      b.addRow([xs[q], z], [c / scale, -r.v / scale], -Infinity, 0);
      b.addRow([xs[q], r.j], [1, -r.v / (r.v + c)], -Infinity, 0);
    });
  }
  const news: number[] = [];
  for (let j = 0; j < pb.m; j++) if (pb.eligible[j] && !pb.fixed[j]) news.push(j);
  b.addRow(news, news.map(() => 1), -Infinity, p);
  const groups = new Map<number, number[]>();
  for (const j of news) {
    const g = pb.groupOf[j];
    if (g >= 0 && Number.isFinite(pb.groupCap[g])) (groups.get(g) ?? groups.set(g, []).get(g)!).push(j);
  }
  for (const [g, members] of groups) if (members.length > pb.groupCap[g]) b.addRow(members, members.map(() => 1), -Infinity, pb.groupCap[g]);
  const model = b.build("max");
  const start = (chosen: readonly number[]) => {
    const col = new Float64Array(model.numCols);
    for (let j = 0; j < pb.m; j++) col[j] = pb.fixed[j] ? 1 : 0;
    for (const j of chosen) col[j] = 1;
    for (const pt of points) {
      const c = pb.competitor[pt.i];
      let x = 0;
      for (const r of pt.reach) if (col[r.j] === 1) x += r.v;
      if (c === 0) col[pt.main] = x > 0 ? 1 : 0;
      else {
        col[pt.main] = c / (c + x);
        pt.reach.forEach((r, q) => (col[pt.xs[q]] = col[r.j] === 1 ? r.v / (c + x) : 0));
      }
    }
    return col;
  };
  return { model, start };
}

/** Pairs (demand × open-able candidate in reach) the model would hold: its size. */
export function salesMilpPairs(pb: SalesProblem): number {
  let pairs = 0;
  for (let j = 0; j < pb.m; j++) if (pb.fixed[j] || pb.eligible[j]) pairs += pb.start[j + 1] - pb.start[j];
  return pairs;
}
