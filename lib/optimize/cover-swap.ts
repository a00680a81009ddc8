import type { CoverProblem } from "./cover-problem";
import { mulberry32 } from "../random";

export interface CoverSwapResult {
  /** Open candidate indices (same length as the start). */
  open: number[];
  /** Covered weight including the fixed sites (weight units). */
  coveredWeight: number;
}

/**
 * Open sites with coverage counts and swap-delta bookkeeping, updated incrementally:
 *   - cnt[i]  = open sites (fixed included) covering demand i;
 *   - own[i]  = Σ (slot + 1) over the new open sites covering i, which names the only
 *               coverer when cnt[i] = 1 (0 when that coverer is a fixed site);
 *   - fresh[j] = weight candidate j covers that nothing covers now;
 *   - loss[s]  = weight covered only by the site in slot s (lost when it closes);
 *   - back[j * p + s] = weight j covers whose only coverer is slot s (j keeps it covered).
 * Swapping slot s for a closed j changes coverage by fresh[j] - loss[s] + back[j * p + s].
 * A swap only touches the demand the two sites cover, and each of those only touches the
 * candidates covering it, so a move costs far less than re-counting coverage. back is
 * sparse (a candidate only overlaps the few open sites near it), so each candidate keeps
 * the list of slots where it is non-zero, and the best-swap search skips the rest.
 */
class CoverState {
  readonly cnt: Int32Array;
  readonly own: Float64Array; // sums of slot + 1; exact in float64 for any realistic p
  readonly isOpen: Uint8Array;
  readonly counts: Int32Array;
  readonly fresh: Float64Array;
  readonly loss: Float64Array;
  readonly back: Float64Array;
  /** Demand contributing to back[j * p + s]; the slot is listed for j while this is > 0. */
  private readonly nz: Int32Array;
  /** Slots with non-zero back, per candidate: list[j * p + 0 .. len[j] - 1]; at[j * p + s] = position or -1. */
  readonly list: Int32Array;
  readonly len: Int32Array;
  readonly at: Int32Array;
  private readonly mark: Uint8Array;
  private readonly touched: Int32Array;
  open: number[] = [];
  covered = 0;
  /** Demand-candidate entries and candidate × slot pairs visited: the work measure for budgets. */
  work = 0;

  /** `byDemand` is the demand-major transpose of pb.coverage; p = number of slots. */
  constructor(
    private readonly pb: CoverProblem,
    private readonly byDemand: SparseRows,
    readonly p: number,
  ) {
    this.cnt = new Int32Array(pb.n);
    this.own = new Float64Array(pb.n);
    this.isOpen = new Uint8Array(pb.m);
    this.counts = new Int32Array(pb.groupCap.length);
    this.fresh = new Float64Array(pb.m);
    this.loss = new Float64Array(p);
    this.back = new Float64Array(pb.m * p);
    this.nz = new Int32Array(pb.m * p);
    this.list = new Int32Array(pb.m * p);
    this.len = new Int32Array(pb.m);
    this.at = new Int32Array(pb.m * p).fill(-1);
    this.mark = new Uint8Array(pb.n);
    this.touched = new Int32Array(pb.n);
  }

  /** Opens exactly `open` (plus the fixed sites) and recomputes everything from scratch. */
  reset(open: number[]): void {
    const { pb } = this;
    for (const a of [this.cnt, this.own, this.isOpen, this.counts, this.fresh, this.loss, this.back, this.nz, this.len]) a.fill(0);
    this.at.fill(-1);
    for (let j = 0; j < pb.m; j++) if (pb.fixed[j]) this.cover(j, -1, 1);
    this.open = open.slice();
    for (let s = 0; s < this.open.length; s++) this.place(s, this.open[s]);
    this.covered = 0;
    for (let i = 0; i < pb.n; i++) {
      if (this.cnt[i] > 0) this.covered += pb.weights[i];
      this.account(i, 1);
    }
  }

  /** Replaces the site in `slot` by candidate j, updating only the demand either covers. */
  swap(slot: number, j: number): void {
    const out = this.open[slot];
    const k = this.touch(out, j);
    const { touched } = this;
    for (let t = 0; t < k; t++) this.account(touched[t], -1);
    this.cover(out, slot, -1);
    this.isOpen[out] = 0;
    const g = this.pb.groupOf[out];
    if (g >= 0) this.counts[g]--;
    this.place(slot, j);
    for (let t = 0; t < k; t++) {
      this.account(touched[t], 1);
      this.mark[touched[t]] = 0;
    }
  }

  /** True when opening j in place of the site in `slot` keeps j's group within its cap. */
  capAllows(slot: number, j: number): boolean {
    const g = this.pb.groupOf[j];
    return g < 0 || this.pb.groupOf[this.open[slot]] === g || this.counts[g] + 1 <= this.pb.groupCap[g];
  }

  /** Collects the demand sites a and b cover into `touched`; returns how many. */
  private touch(a: number, b: number): number {
    const { start, demand } = this.pb.coverage;
    let count = 0;
    for (let pass = 0; pass < 2; pass++) {
      const j = pass === 0 ? a : b;
      for (let k = start[j]; k < start[j + 1]; k++) {
        const i = demand[k];
        if (!this.mark[i]) {
          this.mark[i] = 1;
          this.touched[count++] = i;
        }
      }
    }
    this.work += count;
    return count;
  }

  /** Adds (sign 1) or removes (sign -1) demand i's share of fresh, loss and back. */
  private account(i: number, sign: 1 | -1): void {
    const c = this.cnt[i];
    if (c > 1 || (c === 1 && this.own[i] === 0)) return;
    const w = sign * this.pb.weights[i];
    const { start, cand } = this.byDemand;
    this.work += start[i + 1] - start[i];
    if (c === 0) {
      for (let k = start[i]; k < start[i + 1]; k++) this.fresh[cand[k]] += w;
      return;
    }
    const s = this.own[i] - 1;
    this.loss[s] += w;
    for (let k = start[i]; k < start[i + 1]; k++) this.addBack(cand[k], s, w, sign);
  }

  private addBack(j: number, s: number, w: number, sign: 1 | -1): void {
    const e = j * this.p + s;
    const count = (this.nz[e] += sign);
    if (count === 0) {
      this.back[e] = 0; // exact zero once no demand contributes, not rounding
      const k = this.at[e];
      const last = this.list[j * this.p + --this.len[j]];
      this.list[j * this.p + k] = last;
      this.at[j * this.p + last] = k;
      this.at[e] = -1;
      return;
    }
    this.back[e] += w;
    if (count === 1 && sign > 0) {
      this.at[e] = this.len[j];
      this.list[j * this.p + this.len[j]++] = s;
    }
  }

  private place(slot: number, j: number): void {
    this.open[slot] = j;
    this.cover(j, slot, 1);
    this.isOpen[j] = 1;
    const g = this.pb.groupOf[j];
    if (g >= 0) this.counts[g]++;
  }

  private cover(j: number, slot: number, sign: 1 | -1): void {
    const { start, demand } = this.pb.coverage;
    const { cnt, own, pb } = this;
    for (let k = start[j]; k < start[j + 1]; k++) {
      const i = demand[k];
      if (sign > 0 && cnt[i] === 0) this.covered += pb.weights[i];
      cnt[i] += sign;
      if (sign < 0 && cnt[i] === 0) this.covered -= pb.weights[i];
      if (slot >= 0) own[i] += sign * (slot + 1);
    }
  }
}

interface SparseRows {
  start: Int32Array;
  cand: Int32Array;
}

/** Demand-major transpose of the candidate-major coverage, eligible candidates only. */
function transpose(pb: CoverProblem): SparseRows {
  const { start: cs, demand: cd } = pb.coverage;
  const start = new Int32Array(pb.n + 1);
  for (let j = 0; j < pb.m; j++) if (pb.eligible[j]) for (let k = cs[j]; k < cs[j + 1]; k++) start[cd[k] + 1]++;
  for (let i = 0; i < pb.n; i++) start[i + 1] += start[i];
  const fill = start.slice(0, pb.n);
  const cand = new Int32Array(start[pb.n]);
  for (let j = 0; j < pb.m; j++) if (pb.eligible[j]) for (let k = cs[j]; k < cs[j + 1]; k++) cand[fill[cd[k]]++] = j;
  return { start, cand };
}

/** Best-improvement 1-swap local search until no swap helps or the budget is spent. */
function localSearch(pb: CoverProblem, st: CoverState, tol: number, budget: number, log?: number[]): void {
  const { m } = pb;
  const { p, fresh, loss, back, isOpen, list, len, at } = st;
  const byLoss = new Int32Array(p);
  while (st.work < budget && p > 0) {
    for (let s = 0; s < p; s++) byLoss[s] = s;
    byLoss.sort((a, b) => loss[a] - loss[b]);
    let bestDelta = tol;
    let bestIn = -1;
    let bestSlot = -1;
    for (let j = 0; j < m; j++) {
      // back[j][s] <= loss[s], so no swap bringing j in gains more than fresh[j]
      if (!pb.eligible[j] || isOpen[j] || fresh[j] <= bestDelta) continue;
      const f = fresh[j];
      const row = j * p;
      for (let k = 0; k < len[j]; k++) {
        const s = list[row + k];
        const delta = f - loss[s] + back[row + s];
        if (delta > bestDelta && st.capAllows(s, j)) {
          bestDelta = delta;
          bestIn = j;
          bestSlot = s;
        }
      }
      // outside the list back is 0: the slot losing least that the caps allow
      for (let k = 0; k < p; k++) {
        const s = byLoss[k];
        if (f - loss[s] <= bestDelta) break;
        if (at[row + s] >= 0 || !st.capAllows(s, j)) continue;
        bestDelta = f - loss[s];
        bestIn = j;
        bestSlot = s;
        break;
      }
      st.work += len[j] + 1;
    }
    st.work += m + p;
    if (bestIn < 0) break;
    log?.push(bestSlot, st.open[bestSlot]);
    st.swap(bestSlot, bestIn);
  }
}

export interface CoverImproveOptions {
  /** Work budget, in demand-candidate entries and candidate-slot pairs visited. */
  workBudget?: number;
  /** Shakes in a row without a better answer before stopping (300: measured, see docs/optimize.md). */
  maxNoImprove?: number;
  seed?: number;
  /** Largest shake, in random swaps. */
  kMax?: number;
}

/**
 * MCLP improvement after the greedy: 1-swap local search, then a small variable
 * neighbourhood search (shake k random swaps, k = 1, 2, 3, …, local search, keep if at least
 * as good) within a work budget. Fixed sites stay open, group caps stay respected, and
 * ineligible candidates (excluded, below minGain) are never opened. Deterministic: the
 * shakes use a seeded PRNG and the stopping rule counts work, not time.
 */
export function improveCover(pb: CoverProblem, start: number[], options: CoverImproveOptions = {}): CoverSwapResult {
  const { workBudget = 3e7, maxNoImprove = 300, seed = 1, kMax: kCap = 4 } = options;
  const p = start.length;
  const st = new CoverState(pb, transpose(pb), p);
  st.reset(start);
  const tol = 1e-9 * Math.max(1, pb.totalWeight);
  localSearch(pb, st, tol, workBudget);
  let best = st.open.slice();
  let bestCovered = st.covered;
  const eligible: number[] = [];
  for (let j = 0; j < pb.m; j++) if (pb.eligible[j]) eligible.push(j);
  if (p === 0 || eligible.length <= p) return { open: best, coveredWeight: bestCovered };
  const rng = mulberry32(seed);
  const kMax = Math.min(p, kCap);
  const undo: number[] = [];
  let k = 1;
  for (let idle = 0; idle < maxNoImprove && st.work < workBudget; ) {
    undo.length = 0;
    for (let r = 0; r < k; r++) {
      const slot = Math.floor(rng() * p);
      // a few draws suffice: a candidate whose group is full is simply skipped
      for (let tries = 0; tries < 8; tries++) {
        const j = eligible[Math.floor(rng() * eligible.length)];
        if (!st.isOpen[j] && st.capAllows(slot, j)) {
          undo.push(slot, st.open[slot]);
          st.swap(slot, j);
          break;
        }
      }
    }
    localSearch(pb, st, tol, workBudget, undo);
    k = k >= kMax ? 1 : k + 1;
    if (st.covered > bestCovered + tol) {
      k = 1;
      idle = 0;
    } else idle++;
    if (st.covered >= bestCovered) {
      best = st.open.slice(); // better, or as good: move along the plateau
      bestCovered = st.covered;
    } else {
      // undoing the round's swaps costs far less than rebuilding from scratch
      for (let u = undo.length - 2; u >= 0; u -= 2) st.swap(undo[u], undo[u + 1]);
    }
  }
  return { open: best, coveredWeight: bestCovered };
}
