/**
 * The Huff (multinomial-logit) model on a market network. A buyer at place i chooses dealer j with
 * probability u_ij / S_i, u_ij = A_j·f(t_ij) for the dealers within maxMinutes, A_j = brand strength ×
 * site attractiveness, S_i = Σ_k u_ik. A place with no dealer in reach (S_i = 0) buys nothing.
 * The model keeps, per place, S_i and N_i (the planned brands' part of S_i), and per place the list of
 * dealers reaching it (CSR), so that a what-if only revisits the places a change touches.
 */
import { badParam, utilities } from "./decay";
import { MarketInputError, type MarketNetwork } from "./network";
import type { MarketModelParams } from "./types";

export interface MarketModelOptions {
  params: MarketModelParams;
  /** brand slug -> strength; missing = 1 */
  brandStrength: Record<string, number>;
  /** the planned brands; every other brand is a competitor */
  ourBrands: readonly string[];
}

export class MarketModel {
  readonly network: MarketNetwork;
  readonly params: MarketModelParams;
  readonly brandStrength: Record<string, number>;
  readonly ours: ReadonlySet<string>;
  /** 1 where network.dealers[k] is one of the planned brands' */
  readonly isOurs: Uint8Array;
  /** util[k][r] = utility of dealer k at its r-th reached place (network.reach[k].place[r]) */
  readonly util: Float64Array[];
  /** Σ of every dealer's utility per place */
  readonly sumAll: Float64Array;
  /** Σ of the planned brands' dealers' utility per place */
  readonly sumOurs: Float64Array;
  /** dealers reaching place i: placeDealer[placeStart[i] .. placeStart[i + 1]) with their utility in placeUtil */
  readonly placeStart: Int32Array;
  readonly placeDealer: Int32Array;
  readonly placeUtil: Float64Array;
  /** expected yearly sales per dealer (vehicles) */
  readonly expected: Float64Array;
  /** the planned brands' expected sales over the whole market (vehicles) */
  readonly captured: number;

  constructor(network: MarketNetwork, options: MarketModelOptions) {
    const bad = badParam(options.params);
    if (bad) throw new MarketInputError(bad, "invalid model parameter");
    if (options.params.maxMinutes !== network.maxMinutes) throw new MarketInputError("maxMinutes", "differs from the network's reach");
    this.network = network;
    this.params = options.params;
    this.brandStrength = options.brandStrength;
    this.ours = new Set(options.ourBrands);
    const n = network.places.length;
    const dealers = network.dealers;
    this.isOurs = Uint8Array.from(dealers, (d) => (this.ours.has(d.brand) ? 1 : 0));
    this.util = dealers.map((d, k) => utilities(network.reach[k], this.attraction(d.brand, d.attractiveness), this.params));
    this.sumAll = new Float64Array(n);
    this.sumOurs = new Float64Array(n);
    const counts = new Int32Array(n + 1);
    dealers.forEach((d, k) => {
      const places = network.reach[k].place;
      const u = this.util[k];
      const ours = this.ours.has(d.brand);
      for (let r = 0; r < places.length; r++) {
        const i = places[r];
        this.sumAll[i] += u[r];
        if (ours) this.sumOurs[i] += u[r];
        counts[i + 1]++;
      }
    });
    for (let i = 0; i < n; i++) counts[i + 1] += counts[i];
    this.placeStart = counts.slice();
    this.placeDealer = new Int32Array(counts[n]);
    this.placeUtil = new Float64Array(counts[n]);
    const fill = counts.slice(0, n);
    this.expected = new Float64Array(dealers.length);
    const pot = network.potential;
    dealers.forEach((_, k) => {
      const places = network.reach[k].place;
      const u = this.util[k];
      let e = 0;
      for (let r = 0; r < places.length; r++) {
        const i = places[r];
        const slot = fill[i]++;
        this.placeDealer[slot] = k;
        this.placeUtil[slot] = u[r];
        if (u[r] > 0) e += (pot[i] * u[r]) / this.sumAll[i];
      }
      this.expected[k] = e;
    });
    let captured = 0;
    for (let i = 0; i < n; i++) captured += this.capturedAt(i);
    this.captured = captured;
  }

  /** A_j: the brand's strength × the site's attractiveness. */
  attraction(brand: string, attractiveness: number): number {
    return (this.brandStrength[brand] ?? 1) * attractiveness;
  }

  /** The planned brands' expected sales at place i (vehicles); 0 where no dealer is in reach. */
  capturedAt(i: number): number {
    const s = this.sumAll[i];
    return s > 0 ? (this.network.potential[i] * this.sumOurs[i]) / s : 0;
  }

  /** Share of the whole market's potential the planned brands capture, 0..1. */
  get share(): number {
    return this.network.totalPotential > 0 ? this.captured / this.network.totalPotential : 0;
  }

  /** Expected sales per place of one brand (any brand, ours or a competitor's). */
  brandCaptured(brand: string): Float64Array {
    const out = new Float64Array(this.network.places.length);
    this.network.dealers.forEach((d, k) => {
      if (d.brand !== brand) return;
      const places = this.network.reach[k].place;
      const u = this.util[k];
      for (let r = 0; r < places.length; r++) {
        const i = places[r];
        if (u[r] > 0) out[i] += (this.network.potential[i] * u[r]) / this.sumAll[i];
      }
    });
    return out;
  }

  /** Per place, the dealer index most likely chosen there (highest utility, lower index on ties); -1 with none in reach. */
  primaryDealer(): Int32Array {
    const n = this.network.places.length;
    const out = new Int32Array(n).fill(-1);
    for (let i = 0; i < n; i++) {
      let best = -1;
      let bestU = 0;
      for (let s = this.placeStart[i]; s < this.placeStart[i + 1]; s++) {
        const k = this.placeDealer[s];
        const u = this.placeUtil[s];
        if (u > bestU || (u === bestU && best >= 0 && k < best)) {
          best = k;
          bestU = u;
        }
      }
      out[i] = best;
    }
    return out;
  }
}
