/**
 * From the loader's inputs to a ready model: the network (one reach list per dealer), calibration
 * against the observed sales when there are any (λ too unless the planner fixed it), and the model.
 */
import { calibrate } from "./calibrate";
import { MarketModel } from "./model";
import { buildMarketNetwork, MarketInputError, type MarketNetwork, type TravelColumn } from "./network";
import type { Decay, MarketFit, MarketInputs, MarketModelParams } from "./types";

export interface MarketOverrides {
  /** a planner's λ: only the brand strengths are fitted */
  lambda?: number;
  decay?: Decay;
}

export interface BuiltMarket {
  model: MarketModel;
  fit: MarketFit | null;
}

/** Builds the network for the inputs (one travel column per dealer). */
export function marketNetwork(inputs: MarketInputs, travel: TravelColumn): MarketNetwork {
  return buildMarketNetwork(inputs.places, inputs.dealers, inputs.params.maxMinutes, travel);
}

/** Calibrates (when sales were observed) and builds the model on a network built from the same inputs. */
export function buildMarket(inputs: MarketInputs, network: MarketNetwork, overrides: MarketOverrides = {}): BuiltMarket {
  if (overrides.lambda !== undefined && !(Number.isFinite(overrides.lambda) && overrides.lambda >= 0)) throw new MarketInputError("lambda", "expected a non-negative number");
  const decay = overrides.decay ?? inputs.params.decay;
  const calibrated = calibrate(network, inputs.observed, { decay, lambda: overrides.lambda, brandStrength: inputs.brandStrength });
  const params: MarketModelParams = {
    decay,
    lambda: calibrated?.lambda ?? overrides.lambda ?? inputs.params.lambda,
    maxMinutes: inputs.params.maxMinutes,
  };
  const model = new MarketModel(network, { params, brandStrength: calibrated?.brandStrength ?? inputs.brandStrength, ourBrands: inputs.brands });
  return { model, fit: calibrated?.fit ?? null };
}
