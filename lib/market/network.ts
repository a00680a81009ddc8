/**
 * The market's geography: places, every brand's dealers and one drive-time reach list per dealer.
 * Built once per (inputs, maxMinutes); the model (any λ, any brand strengths) and calibration reuse it,
 * and a what-if only computes the reach of the points it adds or moves.
 */
import { reachWithin, type Reach } from "./decay";
import type { MarketDealer, MarketPlace } from "./types";

/** Drive minutes from a point to every place (Infinity = unreachable), in the network's place order. */
export type TravelColumn = (point: { lat: number; lng: number }) => Float64Array;

export interface MarketNetwork {
  places: readonly MarketPlace[];
  potential: Float64Array;
  totalPotential: number;
  dealers: readonly MarketDealer[];
  /** reach[k] = places within maxMinutes of dealers[k] */
  reach: Reach[];
  maxMinutes: number;
  travel: TravelColumn;
  /** place id -> index */
  placeIndex: Map<number, number>;
}

/** Thrown for model input that names a field (the API maps it to 400 invalid_field). */
export class MarketInputError extends Error {
  readonly field: string;

  constructor(field: string, message: string) {
    super(`${field}: ${message}`);
    this.name = "MarketInputError";
    this.field = field;
  }
}

/** One travel column per dealer (one Dijkstra each on roads), cut to maxMinutes. */
export function buildMarketNetwork(places: readonly MarketPlace[], dealers: readonly MarketDealer[], maxMinutes: number, travel: TravelColumn): MarketNetwork {
  const potential = new Float64Array(places.length);
  let totalPotential = 0;
  const placeIndex = new Map<number, number>();
  places.forEach((p, i) => {
    if (!(Number.isFinite(p.potential) && p.potential >= 0)) throw new MarketInputError(`places[${i}].potential`, "expected a non-negative number");
    potential[i] = p.potential;
    totalPotential += p.potential;
    placeIndex.set(p.id, i);
  });
  dealers.forEach((d, k) => {
    if (!(Number.isFinite(d.attractiveness) && d.attractiveness > 0)) throw new MarketInputError(`dealers[${k}].attractiveness`, "expected a positive number");
  });
  const reach = dealers.map((d) => reachWithin(travel(d), maxMinutes));
  return { places, potential, totalPotential, dealers, reach, maxMinutes, travel, placeIndex };
}

/** A network whose travel columns come from a dense demand-major minutes matrix (tests, the optimiser CLI). */
export function matrixTravel(byPoint: Map<string, Float64Array>): TravelColumn {
  return (point) => {
    const column = byPoint.get(`${point.lat},${point.lng}`);
    if (!column) throw new Error(`No travel column for (${point.lat}, ${point.lng})`);
    return column;
  };
}
