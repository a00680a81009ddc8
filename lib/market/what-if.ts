/**
 * The market what-if: add, move or remove dealers (of any brand) and see every dealer whose expected
 * sales change, without touching the model. Only the places a changed dealer reaches (before or after)
 * are revisited: their S_i is recomputed exactly from the per-place dealer lists (no subtraction, so
 * removing the last dealer of a place gives exactly 0), and each dealer reaching such a place gets
 * Σ potential·u·(1/S'_i − 1/S_i). The cost is one travel column per added or moved point plus the
 * dealer lists of the touched places.
 */
import { reachWithin, utilities, type Reach } from "./decay";
import type { MarketModel } from "./model";
import { MarketInputError } from "./network";

export interface MarketChange {
  add: { lat: number; lng: number; name?: string }[];
  move: { id: number; lat: number; lng: number }[];
  remove: number[];
}

export interface MarketTotals {
  captured: number;
  share: number;
}

export interface DealerChange {
  id: number;
  name: string;
  brand: string;
  before: number;
  after: number;
  delta: number;
}

export interface MarketWhatIfResult {
  before: MarketTotals;
  after: MarketTotals;
  netGain: number;
  added: { name: string; expectedSales: number }[];
  /** every dealer, of any brand, whose expected sales change; largest change first */
  dealers: DealerChange[];
}

/** A dealer as it stands after the change: an added point, or a moved dealer at its new position. */
interface NewDealer {
  /** index of the moved dealer, -1 for an added point */
  k: number;
  name: string;
  ours: boolean;
  reach: Reach;
  util: Float64Array;
}

/** Scratch arrays per model, reused between what-ifs (single-threaded; each call resets what it used). */
interface Scratch {
  stamp: Int32Array;
  generation: number;
  newAll: Float64Array;
  newOurs: Float64Array;
  dealerDelta: Float64Array;
  dealerStamp: Int32Array;
}

const scratches = new WeakMap<MarketModel, Scratch>();

function scratchFor(model: MarketModel): Scratch {
  let s = scratches.get(model);
  if (!s) {
    const n = model.network.places.length;
    const m = model.network.dealers.length;
    s = { stamp: new Int32Array(n), generation: 0, newAll: new Float64Array(n), newOurs: new Float64Array(n), dealerDelta: new Float64Array(m), dealerStamp: new Int32Array(m) };
    scratches.set(model, s);
  }
  s.generation++;
  return s;
}

/** Dealer ids -> index; throws naming the field for an unknown or repeated id. */
function resolveTargets(model: MarketModel, change: MarketChange): { moved: Map<number, number>; removed: Set<number> } {
  const byId = new Map<number, number>();
  model.network.dealers.forEach((d, k) => byId.set(d.id, k));
  const seen = new Set<number>();
  const take = (id: number, field: string): number => {
    const k = byId.get(id);
    if (k === undefined) throw new MarketInputError(field, `unknown dealer id ${id}`);
    if (seen.has(k)) throw new MarketInputError(field, `dealer ${id} is changed twice`);
    seen.add(k);
    return k;
  };
  const moved = new Map<number, number>();
  change.move.forEach((m, q) => moved.set(take(m.id, `move.${q}.id`), q));
  const removed = new Set<number>();
  change.remove.forEach((id, q) => removed.add(take(id, `remove.${q}`)));
  return { moved, removed };
}

/** Evaluates a change against the model (which stays as it is). */
export function marketWhatIf(model: MarketModel, change: MarketChange): MarketWhatIfResult {
  const net = model.network;
  const { moved, removed } = resolveTargets(model, change);
  const planned = [...model.ours][0] ?? "";
  const newcomers: NewDealer[] = [];
  const reachOf = (p: { lat: number; lng: number }) => reachWithin(net.travel(p), net.maxMinutes);
  change.add.forEach((a, q) => {
    const reach = reachOf(a);
    newcomers.push({ k: -1, name: a.name ?? `New point ${q + 1}`, ours: true, reach, util: utilities(reach, model.attraction(planned, 1), model.params) });
  });
  for (const [k, q] of moved) {
    const d = net.dealers[k];
    const reach = reachOf(change.move[q]);
    newcomers.push({ k, name: d.name, ours: model.ours.has(d.brand), reach, util: utilities(reach, model.attraction(d.brand, d.attractiveness), model.params) });
  }

  // the places whose choice set changes: reached by a dealer that leaves or one that arrives
  const sc = scratchFor(model);
  const gen = sc.generation;
  const touched: number[] = [];
  const touch = (i: number) => {
    if (sc.stamp[i] !== gen) {
      sc.stamp[i] = gen;
      sc.newAll[i] = 0;
      sc.newOurs[i] = 0;
      touched.push(i);
    }
  };
  const leaving = [...removed, ...moved.keys()];
  for (const k of leaving) for (const i of net.reach[k].place) touch(i);
  for (const c of newcomers) {
    const places = c.reach.place;
    for (let r = 0; r < places.length; r++) {
      touch(places[r]);
      sc.newAll[places[r]] += c.util[r];
      if (c.ours) sc.newOurs[places[r]] += c.util[r];
    }
  }
  const gone = new Uint8Array(net.dealers.length);
  for (const k of leaving) gone[k] = 1;

  const pot = net.potential;
  let gain = 0;
  for (const i of touched) {
    // S'_i from scratch: the staying dealers' utilities plus the newcomers'
    let all = sc.newAll[i];
    let ours = sc.newOurs[i];
    for (let s = model.placeStart[i]; s < model.placeStart[i + 1]; s++) {
      const k = model.placeDealer[s];
      if (gone[k]) continue;
      all += model.placeUtil[s];
      if (model.isOurs[k]) ours += model.placeUtil[s];
    }
    sc.newAll[i] = all;
    sc.newOurs[i] = ours;
    gain += (all > 0 ? (pot[i] * ours) / all : 0) - model.capturedAt(i);
    const before = model.sumAll[i];
    for (let s = model.placeStart[i]; s < model.placeStart[i + 1]; s++) {
      const k = model.placeDealer[s];
      const u = model.placeUtil[s];
      if (gone[k] || u === 0) continue;
      if (sc.dealerStamp[k] !== gen) {
        sc.dealerStamp[k] = gen;
        sc.dealerDelta[k] = 0;
      }
      // a staying dealer with u > 0 keeps reaching i, so both S_i and S'_i are ≥ u > 0
      sc.dealerDelta[k] += pot[i] * u * (1 / all - 1 / before);
    }
  }

  const expectedOf = (c: NewDealer) => {
    let e = 0;
    for (let r = 0; r < c.reach.place.length; r++) {
      const i = c.reach.place[r];
      if (c.util[r] > 0) e += (pot[i] * c.util[r]) / sc.newAll[i];
    }
    return e;
  };
  const dealers: DealerChange[] = [];
  const changed = (k: number, after: number) => {
    const d = net.dealers[k];
    const before = model.expected[k];
    const delta = after - before;
    // rounding noise of a far-away place is not a change a planner should see
    if (Math.abs(delta) > 1e-9 * Math.max(1, before)) dealers.push({ id: d.id, name: d.name, brand: d.brand, before, after, delta });
  };
  net.dealers.forEach((_, k) => {
    if (!gone[k] && sc.dealerStamp[k] === gen) changed(k, model.expected[k] + sc.dealerDelta[k]);
  });
  for (const k of removed) changed(k, 0);
  const added: { name: string; expectedSales: number }[] = [];
  for (const c of newcomers) {
    if (c.k < 0) added.push({ name: c.name, expectedSales: expectedOf(c) });
    else changed(c.k, expectedOf(c));
  }
  dealers.sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta) || a.id - b.id);

  const total = net.totalPotential;
  const after = model.captured + gain;
  return {
    before: { captured: model.captured, share: total > 0 ? model.captured / total : 0 },
    after: { captured: after, share: total > 0 ? after / total : 0 },
    netGain: gain,
    added,
    dealers,
  };
}
