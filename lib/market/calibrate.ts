/**
 * Calibration: fit λ and the brand strengths to the observed sales per place and brand.
 * For a given λ the strengths are found by iterative proportional fitting: each brand's strength is
 * scaled by observed ÷ predicted total until every fitted brand's predicted national total equals its
 * observed one (the maximum-likelihood condition of a multinomial logit's brand constants). λ is then
 * chosen by least squares over the (place, brand) cells: a log-spaced grid, refined by golden-section
 * search on log λ around the best grid point. The fit is reported as R² and MAPE over the same cells.
 */
import { decayValue } from "./decay";
import type { MarketNetwork } from "./network";
import type { Decay, MarketFit } from "./types";

export interface Observation {
  placeId: number;
  brand: string;
  sales: number;
}

export interface CalibrationResult {
  lambda: number;
  brandStrength: Record<string, number>;
  fit: MarketFit;
}

/** λ search ranges per decay (per minute for exponential, an exponent for power). */
export const LAMBDA_RANGE: Readonly<Record<Decay, [number, number]>> = {
  exponential: [0.001, 0.3],
  power: [0.05, 5],
};

const GRID_POINTS = 13;
const GOLDEN_STEPS = 16;
const IPF_MAX_ITERATIONS = 500;
const IPF_TOLERANCE = 1e-7;

/** The observations and reach lists aggregated per (place, brand), independent of λ. */
interface Prepared {
  n: number;
  brands: string[];
  /** observed[i * B + b] */
  observed: Float64Array;
  observedTotal: Float64Array;
  /** brands with dealers and observed sales: their strengths are fitted */
  fitted: Uint8Array;
  allFitted: boolean;
  prior: Float64Array;
}

function prepare(network: MarketNetwork, observations: readonly Observation[], prior: Record<string, number>): Prepared {
  const brandIndex = new Map<string, number>();
  const brands: string[] = [];
  const index = (b: string) => {
    let k = brandIndex.get(b);
    if (k === undefined) {
      k = brands.length;
      brands.push(b);
      brandIndex.set(b, k);
    }
    return k;
  };
  const hasDealers = new Set(network.dealers.map((d) => d.brand));
  for (const d of network.dealers) index(d.brand);
  for (const o of observations) index(o.brand);
  const n = network.places.length;
  const B = brands.length;
  const observed = new Float64Array(n * B);
  const observedTotal = new Float64Array(B);
  for (const o of observations) {
    const i = network.placeIndex.get(o.placeId);
    if (i === undefined || !(o.sales >= 0)) continue;
    const b = brandIndex.get(o.brand)!;
    observed[i * B + b] += o.sales;
    observedTotal[b] += o.sales;
  }
  // a strength the planner set is kept as given: only the others are fitted
  const fitted = Uint8Array.from(brands, (b, k) => (hasDealers.has(b) && observedTotal[k] > 0 && prior[b] === undefined ? 1 : 0));
  const allFitted = brands.every((b, k) => !hasDealers.has(b) || fitted[k] === 1);
  return { n, brands, observed, observedTotal, fitted, allFitted, prior: Float64Array.from(brands, (b) => prior[b] ?? 1) };
}

/** G[i * B + b] = Σ over brand b's dealers reaching i of attractiveness × f(t). */
function gravity(network: MarketNetwork, pr: Prepared, decay: Decay, lambda: number): Float64Array {
  const B = pr.brands.length;
  const brandOf = new Map(pr.brands.map((b, k) => [b, k]));
  const g = new Float64Array(pr.n * B);
  network.dealers.forEach((d, k) => {
    const b = brandOf.get(d.brand)!;
    const { place, minutes } = network.reach[k];
    for (let r = 0; r < place.length; r++) g[place[r] * B + b] += d.attractiveness * decayValue(decay, lambda, minutes[r]);
  });
  return g;
}

/** Predicted sales per (place, brand) for strengths s. */
function predict(network: MarketNetwork, pr: Prepared, g: Float64Array, s: Float64Array, out: Float64Array): void {
  const B = pr.brands.length;
  for (let i = 0; i < pr.n; i++) {
    let sum = 0;
    for (let b = 0; b < B; b++) sum += s[b] * g[i * B + b];
    const pot = network.potential[i];
    for (let b = 0; b < B; b++) out[i * B + b] = sum > 0 ? (pot * s[b] * g[i * B + b]) / sum : 0;
  }
}

/** IPF strengths at one λ; returns them with the predictions. */
function fitStrengths(network: MarketNetwork, pr: Prepared, g: Float64Array, start: Float64Array): { s: Float64Array; pred: Float64Array } {
  const B = pr.brands.length;
  const s = start.slice();
  const pred = new Float64Array(pr.n * B);
  const total = new Float64Array(B);
  let previousWorst = Infinity;
  for (let it = 0; it < IPF_MAX_ITERATIONS; it++) {
    predict(network, pr, g, s, pred);
    total.fill(0);
    for (let i = 0; i < pr.n; i++) for (let b = 0; b < B; b++) total[b] += pred[i * B + b];
    let worst = 0;
    for (let b = 0; b < B; b++) {
      if (!pr.fitted[b] || !(total[b] > 0)) continue;
      const ratio = pr.observedTotal[b] / total[b];
      worst = Math.max(worst, Math.abs(ratio - 1));
      s[b] *= ratio;
    }
    if (pr.allFitted) {
      // strengths are only relative when every brand is fitted: pin their geometric mean to 1
      let logSum = 0;
      let count = 0;
      for (let b = 0; b < B; b++) {
        if (!pr.fitted[b] || !(s[b] > 0)) continue;
        logSum += Math.log(s[b]);
        count++;
      }
      const scale = count ? Math.exp(-logSum / count) : 1;
      for (let b = 0; b < B; b++) if (pr.fitted[b]) s[b] *= scale;
    }
    // a brand whose observed total exceeds what its dealers can reach never converges: its strength
    // grows while its prediction saturates; stop once the sweeps stop helping
    if (worst < IPF_TOLERANCE || Math.abs(previousWorst - worst) < IPF_TOLERANCE * Math.max(1, worst)) break;
    previousWorst = worst;
  }
  predict(network, pr, g, s, pred);
  return { s, pred };
}

/** R² and MAPE (a fraction: 0.12 = 12 %) of predictions against the observed cells; MAPE over cells with sales. */
export function fitQuality(observed: ArrayLike<number>, predicted: ArrayLike<number>): MarketFit {
  let mean = 0;
  for (let c = 0; c < observed.length; c++) mean += observed[c];
  mean /= Math.max(1, observed.length);
  let sse = 0;
  let sst = 0;
  let ape = 0;
  let count = 0;
  for (let c = 0; c < observed.length; c++) {
    const o = observed[c];
    const e = predicted[c] - o;
    sse += e * e;
    sst += (o - mean) * (o - mean);
    if (o > 0) {
      ape += Math.abs(e) / o;
      count++;
    }
  }
  return { r2: sst > 0 ? 1 - sse / sst : sse === 0 ? 1 : 0, mape: count ? ape / count : 0 };
}

function sse(pr: Prepared, pred: Float64Array): number {
  let out = 0;
  for (let c = 0; c < pred.length; c++) out += (pred[c] - pr.observed[c]) ** 2;
  return out;
}

/**
 * Fits the brand strengths (and λ unless `lambda` is given: a planner's override) to the observations.
 * Brands in `brandStrength` (the planner's overrides) keep their strength. Null when there is nothing
 * to fit (no observed sales of a brand that has dealers and no override).
 */
export function calibrate(
  network: MarketNetwork,
  observations: readonly Observation[],
  options: { decay: Decay; lambda?: number; brandStrength?: Record<string, number> },
): CalibrationResult | null {
  const pr = prepare(network, observations, options.brandStrength ?? {});
  if (!pr.fitted.some((f) => f === 1)) return null;
  // each fit starts from the previous one's strengths: neighbouring λ have close strengths, so IPF
  // converges in a few sweeps instead of hundreds
  let warm = pr.prior;
  const evaluate = (lambda: number) => {
    const { s, pred } = fitStrengths(network, pr, gravity(network, pr, options.decay, lambda), warm);
    warm = s;
    return { lambda, s, pred, sse: sse(pr, pred) };
  };
  let best: ReturnType<typeof evaluate>;
  if (options.lambda !== undefined) best = evaluate(options.lambda);
  else {
    const [lo, hi] = LAMBDA_RANGE[options.decay];
    const logLo = Math.log(lo);
    const step = (Math.log(hi) - logLo) / (GRID_POINTS - 1);
    const grid = Array.from({ length: GRID_POINTS }, (_, k) => evaluate(Math.exp(logLo + k * step)));
    let at = 0;
    grid.forEach((e, k) => {
      if (e.sse < grid[at].sse) at = k;
    });
    best = grid[at];
    // golden-section search on log λ between the best grid point's neighbours
    let a = logLo + Math.max(0, at - 1) * step;
    let b = logLo + Math.min(GRID_POINTS - 1, at + 1) * step;
    const phi = (Math.sqrt(5) - 1) / 2;
    let x1 = b - phi * (b - a);
    let x2 = a + phi * (b - a);
    let f1 = evaluate(Math.exp(x1));
    let f2 = evaluate(Math.exp(x2));
    for (let k = 0; k < GOLDEN_STEPS; k++) {
      if (f1.sse <= f2.sse) {
        b = x2;
        x2 = x1;
        f2 = f1;
        x1 = b - phi * (b - a);
        f1 = evaluate(Math.exp(x1));
      } else {
        a = x1;
        x1 = x2;
        f1 = f2;
        x2 = a + phi * (b - a);
        f2 = evaluate(Math.exp(x2));
      }
    }
    for (const e of [f1, f2]) if (e.sse < best.sse) best = e;
  }
  const brandStrength: Record<string, number> = { ...(options.brandStrength ?? {}) };
  pr.brands.forEach((b, k) => {
    if (pr.fitted[k]) brandStrength[b] = best.s[k];
  });
  return { lambda: best.lambda, brandStrength, fit: fitQuality(pr.observed, best.pred) };
}
