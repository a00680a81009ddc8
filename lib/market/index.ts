/** The sales (market) model: Huff choice over drive times, calibration, reports and what-ifs. */
export * from "./types";
export { decayValue, reachWithin, type Reach } from "./decay";
export { buildMarketNetwork, MarketInputError, matrixTravel, type MarketNetwork, type TravelColumn } from "./network";
export { MarketModel, type MarketModelOptions } from "./model";
export { marketWhatIf, type DealerChange, type MarketChange, type MarketTotals, type MarketWhatIfResult } from "./what-if";
export { calibrate, fitQuality, LAMBDA_RANGE, type CalibrationResult, type Observation } from "./calibrate";
export { marketReport, type MarketDealerRow, type MarketPlaceRow, type MarketReport } from "./report";
export { buildMarket, calibrateMarket, marketNetwork, type BuiltMarket, type MarketOverrides } from "./build";
export { roadTravel } from "./drive-times";
