import type { PMedianProblem } from "./pmedian-problem";

/**
 * Per-demand candidate lists sorted by cost, truncated below the demand's base cost
 * (nearest fixed site or the penalty): columns at or beyond it can never serve it.
 */
export interface SortedRows {
  start: Int32Array;
  col: Int32Array;
  cost: Float64Array;
}

export function sortedRows(pb: PMedianProblem): SortedRows {
  const { n, ct, base } = pb;
  const m = pb.cols.length;
  const start = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    let k = 0;
    for (let c = 0; c < m; c++) if (ct[c * n + i] < base[i]) k++;
    start[i + 1] = start[i] + k;
  }
  const col = new Int32Array(start[n]);
  const cost = new Float64Array(start[n]);
  const vals = new Float64Array(m);
  const taken = new Int32Array(m);
  for (let i = 0; i < n; i++) {
    const k = start[i + 1] - start[i];
    const sorted = vals.subarray(0, k);
    let r = 0;
    for (let c = 0; c < m; c++) if (ct[c * n + i] < base[i]) sorted[r++] = ct[c * n + i];
    // a native numeric sort, then each column finds its place by binary search: several
    // times faster than sorting indices with a comparator; ties keep column order
    sorted.sort();
    taken.fill(0, 0, k);
    for (let c = 0; c < m; c++) {
      const v = ct[c * n + i];
      if (!(v < base[i])) continue;
      let lo = 0;
      let hi = k;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (sorted[mid] < v) lo = mid + 1;
        else hi = mid;
      }
      const at = start[i] + lo + taken[lo]++;
      col[at] = c;
      cost[at] = v;
    }
  }
  return { start, col, cost };
}

/** The best swap found: slot s closes, column c opens, saving `profit` (weight × cost units). */
export interface Swap {
  s: number;
  c: number;
  profit: number;
}

/**
 * p open columns in slots 0..p-1 with Resende–Werneck swap bookkeeping. Each demand i
 * knows its nearest and second-nearest open cost (d1, d2; the fixed sites / penalty act as
 * an always-open site that no swap closes). Then for a closed column c and slot s:
 *   - gain[c]  = Σ w (d1 - d_c)+        : saving if c opens;
 *   - loss[s]  = Σ_{c1 = s} w (d2 - d1) : extra cost if slot s closes;
 *   - extra[c * p + s] = Σ_{c1 = s, d_c < d2} w (d2 - max(d_c, d1)) : what c takes back of it;
 * and swapping slot s for c saves gain[c] - loss[s] + extra[c * p + s]. A swap only
 * touches the demand whose nearest or second-nearest changes, each up to its d2 in its
 * sorted row, instead of every demand × candidate pair.
 *
 * extra is sparse (c only takes back demand from the few slots near it), so each column
 * keeps the list of slots where its extra is non-zero. The best swap for c is then one of
 * those slots or the cheapest-to-close slot outside them: O(m + Σ list sizes) per search
 * instead of O(m × p).
 */
export class PMedianSwapState {
  readonly p: number;
  readonly m: number;
  readonly open: Int32Array;
  readonly slotOf: Int32Array;
  private readonly counts: Int32Array;
  private readonly gain: Float64Array;
  private readonly loss: Float64Array;
  private readonly extra: Float64Array;
  /** Demand contributing to extra[c * p + s]; the entry is listed while this is > 0. */
  private readonly nz: Int32Array;
  /** Slots with non-zero extra, per column: list[c * p + 0 .. len[c] - 1]; at[c * p + s] = position or -1. */
  private readonly list: Int32Array;
  private readonly len: Int32Array;
  private readonly at: Int32Array;
  private readonly c1: Int32Array;
  private readonly c2: Int32Array;
  private readonly d1: Float64Array;
  private readonly d2: Float64Array;
  private readonly touched: Int32Array;
  private readonly byLoss: Int32Array;
  private readonly hasCaps: boolean;
  /** Σ weight × cost of the current solution (running; re-sum for a final answer). */
  cost = 0;
  /** Row entries and slot pairs visited so far: the work measure for budgets. */
  work = 0;

  constructor(
    private readonly pb: PMedianProblem,
    private readonly rows: SortedRows,
    p: number,
  ) {
    this.p = p;
    const m = (this.m = pb.cols.length);
    this.open = new Int32Array(p);
    this.slotOf = new Int32Array(m).fill(-1);
    this.counts = new Int32Array(pb.groupCap.length);
    this.gain = new Float64Array(m);
    this.loss = new Float64Array(p);
    this.extra = new Float64Array(m * p);
    this.nz = new Int32Array(m * p);
    this.list = new Int32Array(m * p);
    this.len = new Int32Array(m);
    this.at = new Int32Array(m * p).fill(-1);
    this.c1 = new Int32Array(pb.n);
    this.c2 = new Int32Array(pb.n);
    this.d1 = new Float64Array(pb.n);
    this.d2 = new Float64Array(pb.n);
    this.touched = new Int32Array(pb.n);
    this.byLoss = new Int32Array(p);
    this.hasCaps = pb.groupCap.some((cap) => Number.isFinite(cap));
  }

  /** Opens exactly `open` (length p) and rebuilds every structure from scratch. */
  reset(open: ArrayLike<number>): void {
    this.slotOf.fill(-1);
    this.counts.fill(0);
    this.gain.fill(0);
    this.loss.fill(0);
    this.extra.fill(0);
    this.nz.fill(0);
    this.len.fill(0);
    this.at.fill(-1);
    for (let s = 0; s < this.p; s++) this.place(s, open[s]);
    this.cost = 0;
    for (let i = 0; i < this.pb.n; i++) {
      this.nearest(i);
      this.cost += this.pb.weights[i] * this.d1[i];
      this.account(i, 1);
    }
    this.work += this.m * this.p;
  }

  /** True when opening c in place of slot s keeps c's group within its cap. */
  capAllows(s: number, c: number): boolean {
    const { groupOf, groupCap, cols } = this.pb;
    const g = groupOf[cols[c]];
    return g < 0 || groupOf[cols[this.open[s]]] === g || this.counts[g] + 1 <= groupCap[g];
  }

  /** Cost reduction (weight × cost units) of swapping slot s for closed column c. */
  profit(s: number, c: number): number {
    return this.gain[c] - this.loss[s] + this.extra[c * this.p + s];
  }

  /** The most profitable allowed swap, or null when none saves more than `tol`. */
  bestSwap(tol: number): Swap | null {
    const { p, m, gain, loss, extra, list, len, at, byLoss } = this;
    for (let s = 0; s < p; s++) byLoss[s] = s;
    byLoss.sort((a, b) => loss[a] - loss[b]);
    let best: Swap | null = null;
    let bestProfit = tol;
    for (let c = 0; c < m; c++) {
      // extra[c][s] <= loss[s], so no swap bringing c in saves more than gain[c]
      if (this.slotOf[c] >= 0 || gain[c] <= bestProfit) continue;
      const row = c * p;
      for (let k = 0; k < len[c]; k++) {
        const s = list[row + k];
        const v = gain[c] - loss[s] + extra[row + s];
        if (v > bestProfit && (!this.hasCaps || this.capAllows(s, c))) {
          bestProfit = v;
          best = { s, c, profit: v };
        }
      }
      // outside the list extra is 0: the cheapest slot to close that the caps allow
      for (let k = 0; k < p; k++) {
        const s = byLoss[k];
        if (gain[c] - loss[s] <= bestProfit) break;
        if (at[row + s] >= 0 || (this.hasCaps && !this.capAllows(s, c))) continue;
        bestProfit = gain[c] - loss[s];
        best = { s, c, profit: bestProfit };
        break;
      }
      this.work += len[c] + 1;
    }
    this.work += m + p * Math.log2(p + 1);
    return best;
  }

  /** Closes the column in slot s and opens column c there. */
  swap(s: number, c: number): void {
    const { n, ct, weights } = this.pb;
    const f = this.open[s];
    const off = c * n;
    let k = 0;
    for (let i = 0; i < n; i++) {
      if (this.c1[i] === f || this.c2[i] === f || ct[off + i] < (this.c1[i] < 0 ? this.d1[i] : this.d2[i])) this.touched[k++] = i;
    }
    for (let t = 0; t < k; t++) this.account(this.touched[t], -1);
    this.loss[s] = 0; // anything left is rounding: all its demand was just removed
    this.slotOf[f] = -1;
    const g = this.pb.groupOf[this.pb.cols[f]];
    if (g >= 0) this.counts[g]--;
    this.place(s, c);
    for (let t = 0; t < k; t++) {
      const i = this.touched[t];
      this.cost -= weights[i] * this.d1[i];
      this.nearest(i);
      this.cost += weights[i] * this.d1[i];
      this.account(i, 1);
    }
    this.work += n + k;
  }

  private place(s: number, c: number): void {
    this.open[s] = c;
    this.slotOf[c] = s;
    this.gain[c] = 0; // unused while open; drop rounding left from when it was closed
    const g = this.pb.groupOf[this.pb.cols[c]];
    if (g >= 0) this.counts[g]++;
  }

  /** Nearest and second-nearest open costs of demand i, from its sorted row. */
  private nearest(i: number): void {
    const { start, col, cost } = this.rows;
    const base = this.pb.base[i];
    this.c1[i] = -1;
    this.c2[i] = -1;
    this.d1[i] = base;
    this.d2[i] = base;
    let r = start[i];
    for (; r < start[i + 1]; r++) {
      if (this.slotOf[col[r]] < 0) continue;
      if (this.c1[i] < 0) {
        this.c1[i] = col[r];
        this.d1[i] = cost[r];
      } else {
        this.c2[i] = col[r];
        this.d2[i] = cost[r];
        break;
      }
    }
    this.work += r - start[i];
  }

  /** Adds (sign 1) or removes (sign -1) demand i's share of gain, loss and extra. */
  private account(i: number, sign: 1 | -1): void {
    const { start, col, cost } = this.rows;
    const w = sign * this.pb.weights[i];
    if (w === 0) return;
    const d1 = this.d1[i];
    const owner = this.c1[i] < 0 ? -1 : this.slotOf[this.c1[i]];
    // with no swappable nearest site only gains matter, and they stop at d1
    const limit = owner < 0 ? d1 : this.d2[i];
    if (owner >= 0) this.loss[owner] += w * (limit - d1);
    let r = start[i];
    for (; r < start[i + 1] && cost[r] < limit; r++) {
      const c = col[r];
      if (this.slotOf[c] >= 0) continue;
      const dc = cost[r];
      if (dc < d1) this.gain[c] += w * (d1 - dc);
      if (owner >= 0) this.addExtra(c * this.p + owner, w * (limit - Math.max(dc, d1)), sign);
    }
    this.work += r - start[i];
  }

  private addExtra(e: number, v: number, sign: 1 | -1): void {
    const count = (this.nz[e] += sign);
    const c = Math.floor(e / this.p);
    if (count === 0) {
      this.extra[e] = 0; // exact zero, not rounding, once no demand contributes
      const k = this.at[e];
      const last = this.list[c * this.p + --this.len[c]];
      this.list[c * this.p + k] = last;
      this.at[c * this.p + last] = k;
      this.at[e] = -1;
      return;
    }
    this.extra[e] += v;
    if (count === 1 && sign > 0) {
      const s = e - c * this.p;
      this.at[e] = this.len[c];
      this.list[c * this.p + this.len[c]++] = s;
    }
  }
}
