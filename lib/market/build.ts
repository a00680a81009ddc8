/**
 * From the loader's inputs to a ready model: the network (one reach list per dealer), calibration
 * against the observed sales when there are any (λ too unless the planner fixed it), and the model.
 * Calibration does not depend on which brand is planned, so callers may compute it once per network.
 */
import { calibrate, type CalibrationResult } from "./calibrate";
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

/** Calibration for the inputs on their network (null without observed sales to fit). */
export function calibrateMarket(inputs: MarketInputs, network: MarketNetwork, overrides: MarketOverrides = {}): CalibrationResult | null {
  if (overrides.lambda !== undefined && !(Number.isFinite(overrides.lambda) && overrides.lambda >= 0)) throw new MarketInputError("lambda", "expected a non-negative number");
  return calibrate(network, inputs.observed, { decay: overrides.decay ?? inputs.params.decay, lambda: overrides.lambda, brandStrength: inputs.brandStrength });
}

/** Calibrates (unless `calibrated` is given) and builds the model on a network built from the same inputs. */
export function buildMarket(inputs: MarketInputs, network: MarketNetwork, overrides: MarketOverrides = {}, calibrated = calibrateMarket(inputs, network, overrides)): BuiltMarket {
  const params: MarketModelParams = {
    decay: overrides.decay ?? inputs.params.decay,
    lambda: calibrated?.lambda ?? overrides.lambda ?? inputs.params.lambda,
    maxMinutes: inputs.params.maxMinutes,
  };
  const model = new MarketModel(network, { params, brandStrength: calibrated?.brandStrength ?? inputs.brandStrength, ourBrands: inputs.brands });
  return { model, fit: calibrated?.fit ?? null };
}
