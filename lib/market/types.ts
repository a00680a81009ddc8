/**
 * The sales (market) model's data contract, shared by the pure model (lib/market), the loader that
 * reads it from SQLite (db/queries/market-inputs.ts) and the API (/api/market, /api/market/what-if).
 * Units: sales are new-car registrations per year (vehicles/year); drive times are minutes.
 */

/** Drive-time decay f(t): exponential e^(−λt) or power t^(−λ) (t floored at 1 minute). */
export type Decay = "exponential" | "power";

/** The Huff model's parameters. Buyers choose only among dealers within maxMinutes. */
export interface MarketModelParams {
  decay: Decay;
  lambda: number;
  maxMinutes: number;
}

/** How well a calibrated model matches observed sales; null when nothing was fitted. */
export interface MarketFit {
  r2: number;
  mape: number;
}

/** A demand point: a place (or a district's rest) with its yearly market potential (all brands, one segment). */
export interface MarketPlace {
  id: number;
  name: string;
  lat: number;
  lng: number;
  /** new-car sales per year at this place, all brands of the segment together */
  potential: number;
}

/** A sales outlet of any brand (ours or a competitor's). */
export interface MarketDealer {
  id: number;
  name: string;
  /** brand slug */
  brand: string;
  lat: number;
  lng: number;
  /** site attractiveness (showroom class or size), 1 = standard */
  attractiveness: number;
  /** target sales per year for this outlet (the brand's throughput standard unless overridden) */
  targetSales: number;
}

/** Everything the model needs for one (planned brand or group, year). */
export interface MarketInputs {
  /** the planned brand slugs (a group expands to its brands); every other brand is a competitor */
  brands: string[];
  year: number;
  params: MarketModelParams;
  /** brand slug -> brand strength (multiplies site attractiveness); missing = 1 */
  brandStrength: Record<string, number>;
  places: MarketPlace[];
  /** sales outlets of every brand of the segment (open ones, plus planned ones when the horizon says so) */
  dealers: MarketDealer[];
  /** observed sales per place and brand for the year, used for calibration: [placeId, brand, sales] */
  observed: { placeId: number; brand: string; sales: number }[];
  /** target sales per outlet per year for the planned brand(s) (throughput standard, e.g. 300) */
  targetSalesPerOutlet: number;
}
