/**
 * The hand-computed market of the unit tests (test support only): two places x three dealers whose
 * every probability can be checked on paper.
 */
import { MarketModel } from "./model";
import { buildMarketNetwork, matrixTravel, type MarketNetwork } from "./network";
import type { MarketDealer, MarketModelParams, MarketPlace } from "./types";

// Two places x three dealers, power decay λ = 1 (f = 1/t), reach 45 minutes:
//            d1 (ours, A=1)  d2 (rival, A=2)  d3 (ours, A=1)
// place 1:   10 min          20 min           40 min      -> u = 0.1, 0.1, 0.025; S = 0.225
// place 2:   50 (out)        20 min           10 min      -> u = -,   0.1, 0.1;   S = 0.2
export const PLACES: MarketPlace[] = [
  { id: 1, name: "Alpha", lat: 43, lng: 70, potential: 900 },
  { id: 2, name: "Beta", lat: 44, lng: 71, potential: 500 },
];
export const DEALERS: MarketDealer[] = [
  { id: 11, name: "Ours One", brand: "ours", lat: 43, lng: 70.01, attractiveness: 1, targetSales: 300 },
  { id: 12, name: "Rival", brand: "rival", lat: 43.5, lng: 70.5, attractiveness: 2, targetSales: 500 },
  { id: 13, name: "Ours Two", brand: "ours", lat: 44, lng: 71.01, attractiveness: 1, targetSales: 400 },
];
export const COLUMNS = new Map<string, Float64Array>([
  ["43,70.01", Float64Array.from([10, 50])],
  ["43.5,70.5", Float64Array.from([20, 20])],
  ["44,71.01", Float64Array.from([40, 10])],
]);
export const PARAMS: MarketModelParams = { decay: "power", lambda: 1, maxMinutes: 45 };

export function handNetwork(places = PLACES, columns = COLUMNS): MarketNetwork {
  return buildMarketNetwork(places, DEALERS, PARAMS.maxMinutes, matrixTravel(columns));
}

export function handModel(network = handNetwork()): MarketModel {
  return new MarketModel(network, { params: PARAMS, brandStrength: {}, ourBrands: ["ours"] });
}

