import type { MarketModelParams } from "./types";

/**
 * The sales model's default parameters, in one place (the loader, the API and the UI read them):
 * exponential decay with λ = 0.03 per minute (a dealer 23 minutes further away keeps half its pull),
 * and no buyer drives more than two hours to a showroom. Calibration or a planner may override λ.
 */
export const DEFAULT_MARKET_PARAMS: MarketModelParams = { decay: "exponential", lambda: 0.03, maxMinutes: 120 };

/** The throughput standard when a brand has none of its own: new cars one outlet should sell per year. */
export const DEFAULT_TARGET_SALES_PER_OUTLET = 300;
