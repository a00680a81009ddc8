import { LruCache, stableKey } from "@/lib/cache/lru";
import { ValidationError } from "@/lib/errors";
import {
  buildMarket,
  calibrateMarket,
  marketNetwork,
  marketReport,
  MarketInputError,
  marketWhatIf,
  roadTravel,
  type CalibrationResult,
  type MarketFit,
  type MarketInputs,
  type MarketModel,
  type MarketNetwork,
  type MarketOverrides,
  type MarketWhatIfResult,
  type TravelColumn,
} from "@/lib/market";
import type { MarketQuery, MarketWhatIfRequest } from "@/lib/validation/market-query";
import type { Db } from "../connection";
import { readDataVersion } from "./data-version";
import { loadMarketInputs } from "./market-inputs";
import { scenarioMarketDealers } from "./market-scenario";
import { listSalesYears } from "./sales";

/** What picks one model: brand (or group), year and the planner's overrides. */
export interface MarketModelKey {
  brand: string;
  year?: number;
  includePlanned: boolean;
  lambda?: number;
  decay?: "exponential" | "power";
  /** a named scenario's outlets instead of the registry's (calibration stays on the live open network) */
  scenario?: number;
}

export interface MarketState {
  inputs: MarketInputs;
  model: MarketModel;
  fit: MarketFit | null;
  /** the data version it was built from */
  version: number;
}

interface Core {
  network: MarketNetwork;
  /** calibration per (decay, λ override): the same for every planned brand of the network */
  calibrations: Map<string, CalibrationResult | null>;
}

// Per connection: models per (key, data version), and the brand-independent part (places, every
// brand's dealers and their drive-time columns), which every brand of a segment shares.
const models = new WeakMap<Db, LruCache<string, MarketState>>();
const cores = new WeakMap<Db, LruCache<string, Core>>();
// the places' access legs onto the road graph depend only on the places: kept across data versions
const travels = new LruCache<string, TravelColumn>(4);

function memo<V extends object>(map: WeakMap<Db, LruCache<string, V>>, db: Db, size: number): LruCache<string, V> {
  let m = map.get(db);
  if (!m) {
    m = new LruCache<string, V>(size);
    map.set(db, m);
  }
  return m;
}

function travelFor(inputs: MarketInputs): TravelColumn {
  const key = inputs.places.map((p) => `${p.id}:${p.lat},${p.lng}`).join(";");
  let travel = travels.get(key);
  if (!travel) {
    travel = roadTravel(inputs.places);
    travels.set(key, travel);
  }
  return travel;
}

function latestYear(db: Db): number {
  const year = listSalesYears(db).at(-1);
  if (year === undefined) throw new ValidationError("No sales figures yet", { year: ["No sales figures yet: import sales first"] });
  return year;
}

function coreFor(db: Db, inputs: MarketInputs, version: number, includePlanned: boolean): Core {
  // the network is the same for every brand of the segment: same places, same dealers (the dealer list
  // is in the key, so a scenario's network is told apart from the registry's)
  const key = `${version}|${inputs.year}|${includePlanned}|${inputs.params.maxMinutes}|${inputs.dealers.map((d) => `${d.id}@${d.lat},${d.lng}`).join(";")}|${inputs.places.length}`;
  const coreMemo = memo(cores, db, 8);
  let core = coreMemo.get(key);
  if (!core) {
    core = { network: marketNetwork(inputs, travelFor(inputs)), calibrations: new Map() };
    coreMemo.set(key, core);
  }
  return core;
}

function calibrationOf(core: Core, inputs: MarketInputs, overrides: MarketOverrides): CalibrationResult | null {
  const key = `${overrides.decay ?? ""}|${overrides.lambda ?? ""}`;
  if (!core.calibrations.has(key)) core.calibrations.set(key, calibrateMarket(inputs, core.network, overrides));
  return core.calibrations.get(key)!;
}

function build(db: Db, key: MarketModelKey & { year: number }, version: number): MarketState {
  const load = (includePlanned: boolean) =>
    loadMarketInputs(db, { brand: key.brand, year: key.year, includePlanned, params: key.decay ? { decay: key.decay } : undefined });
  const overrides: MarketOverrides = { lambda: key.lambda, decay: key.decay };
  const registry = load(key.includePlanned);
  const inputs = key.scenario === undefined ? registry : { ...registry, dealers: scenarioMarketDealers(db, registry, key.scenario, key.includePlanned) };
  const core = coreFor(db, inputs, version, key.includePlanned);
  // The observed sales were made by the open network, so λ and the strengths are fitted on it; planned
  // outlets are then judged with those parameters (fitted on a network that includes them, the brand's
  // total would be pinned to today's sales and an opening could never gain anything).
  let calibrated: CalibrationResult | null;
  if (key.includePlanned || key.scenario !== undefined) {
    const open = load(false);
    calibrated = calibrationOf(coreFor(db, open, version, false), open, overrides);
  } else calibrated = calibrationOf(core, inputs, overrides);
  const { model, fit } = buildMarket(inputs, core.network, overrides, calibrated);
  return { inputs, model, fit, version };
}

/**
 * The market model for a brand (or group) and year, calibrated on the year's observed sales unless the
 * planner fixed λ. Memoised per (key, data version), like the coverage report: any write moves the
 * version, so no answer is older than the data. Unknown brand: NotFoundError; a year without sales
 * figures: ValidationError on `year`.
 */
export function getMarketState(db: Db, key: MarketModelKey): MarketState {
  const year = key.year ?? latestYear(db);
  // only the fields that pick a model: a what-if's points or a report's target share must not split the memo
  const full = { brand: key.brand, year, includePlanned: key.includePlanned, lambda: key.lambda, decay: key.decay, scenario: key.scenario };
  const cache = memo(models, db, 50);
  const k = stableKey(full);
  const version = readDataVersion(db);
  const hit = cache.get(`${version}|${k}`);
  if (hit) return hit;
  // one read transaction: the version and the inputs come from the same snapshot
  const state = db.$client.transaction(() => build(db, full, readDataVersion(db)))();
  cache.set(`${state.version}|${k}`, state);
  return state;
}

/** Rounds down to 0.001: a sum of rounded shares never exceeds the place's potential. */
const floor3 = (x: number) => Math.floor(x * 1000) / 1000;

/** GET /api/market's answer (the issue's contract, plus market areas and outlets needed). */
export function getMarket(db: Db, query: MarketQuery) {
  const state = getMarketState(db, query);
  const report = marketReport(state.model, { fit: state.fit, throughput: state.inputs.targetSalesPerOutlet, targetShare: query.targetShare });
  return {
    brand: query.brand,
    brands: state.inputs.brands,
    year: state.inputs.year,
    model: report.model,
    totals: { ...report.totals, captured: floor3(report.totals.captured) },
    places: report.places.map((p) => {
      const captured = floor3(p.captured);
      return { ...p, captured, share: p.potential > 0 ? captured / p.potential : 0, outletsNeeded: Math.round(p.outletsNeeded * 100) / 100 };
    }),
    dealers: report.dealers.map((d) => ({ ...d, expectedSales: floor3(d.expectedSales) })),
  };
}

/** POST /api/market/what-if's answer: the change evaluated against the memoised model. */
export function getMarketWhatIf(db: Db, request: MarketWhatIfRequest): MarketWhatIfResult & { brand: string; year: number } {
  const state = getMarketState(db, request);
  try {
    return { brand: request.brand, year: state.inputs.year, ...marketWhatIf(state.model, request) };
  } catch (error) {
    if (error instanceof MarketInputError) throw new ValidationError(error.message, { [error.field]: [error.message.slice(error.field.length + 2)] });
    throw error;
  }
}
