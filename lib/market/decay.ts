/**
 * Drive-time decay of the Huff model and each dealer's reach (the places within maxMinutes).
 * Kept apart from the engine so that calibration can re-weigh the same reach lists for each λ.
 */
import type { Decay, MarketModelParams } from "./types";

/** f(t): exponential e^(−λt), or power t^(−λ) with t floored at 1 minute (a buyer next door is not infinitely keen). */
export function decayValue(decay: Decay, lambda: number, minutes: number): number {
  return decay === "exponential" ? Math.exp(-lambda * minutes) : Math.pow(Math.max(1, minutes), -lambda);
}

/** A dealer's reach: the place indices within maxMinutes (ascending) and the drive minutes to each. */
export interface Reach {
  place: Int32Array;
  minutes: Float64Array;
}

/** The places of a travel column (minutes per place, Infinity = unreachable) within maxMinutes, inclusive. */
export function reachWithin(column: Float64Array, maxMinutes: number): Reach {
  let count = 0;
  for (let i = 0; i < column.length; i++) if (column[i] <= maxMinutes) count++;
  const place = new Int32Array(count);
  const minutes = new Float64Array(count);
  for (let i = 0, k = 0; i < column.length; i++) {
    if (column[i] <= maxMinutes) {
      place[k] = i;
      minutes[k++] = column[i];
    }
  }
  return { place, minutes };
}

/** Utilities A·f(t) over a reach list. */
export function utilities(reach: Reach, attraction: number, params: Pick<MarketModelParams, "decay" | "lambda">): Float64Array {
  const out = new Float64Array(reach.place.length);
  for (let k = 0; k < out.length; k++) out[k] = attraction * decayValue(params.decay, params.lambda, reach.minutes[k]);
  return out;
}

/** Checks the model parameters; returns the name of the bad field or null. */
export function badParam(params: MarketModelParams): string | null {
  if (params.decay !== "exponential" && params.decay !== "power") return "decay";
  if (!(Number.isFinite(params.lambda) && params.lambda >= 0)) return "lambda";
  if (!(params.maxMinutes > 0)) return "maxMinutes";
  return null;
}
