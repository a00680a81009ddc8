/**
 * The market answer of GET /api/market, assembled from a model: the model's parameters and fit,
 * the planned brands' totals, one row per place (potential, captured, share, outlets needed) and one
 * row per dealer of every brand (expected vs target sales, utilisation, primary market area).
 */
import type { MarketModel } from "./model";
import type { MarketFit, MarketModelParams } from "./types";

export interface MarketPlaceRow {
  id: number;
  name: string;
  lat: number;
  lng: number;
  potential: number;
  captured: number;
  share: number;
  /** outlets the planned brands need here at the target share: potential × targetShare ÷ throughput */
  outletsNeeded: number;
}

export interface MarketDealerRow {
  id: number;
  name: string;
  brand: string;
  lat: number;
  lng: number;
  expectedSales: number;
  targetSales: number;
  /** expectedSales ÷ targetSales; null when the target is 0 */
  utilisation: number | null;
  competitor: boolean;
  /** ids of the places where this dealer is the most likely choice */
  marketArea: number[];
}

export interface MarketReport {
  model: MarketModelParams & { fit: MarketFit | null; brandStrength: Record<string, number> };
  totals: { potential: number; captured: number; share: number; targetShare: number; throughput: number };
  places: MarketPlaceRow[];
  dealers: MarketDealerRow[];
}

/**
 * `targetShare` (0..1) defaults to the planned brands' current national share; `throughput` is the
 * target sales per outlet per year.
 */
export function marketReport(model: MarketModel, options: { fit: MarketFit | null; throughput: number; targetShare?: number }): MarketReport {
  const net = model.network;
  const targetShare = options.targetShare ?? model.share;
  const throughput = options.throughput;
  const places: MarketPlaceRow[] = net.places.map((p, i) => {
    const captured = model.capturedAt(i);
    return {
      id: p.id, name: p.name, lat: p.lat, lng: p.lng, potential: p.potential, captured,
      share: p.potential > 0 ? captured / p.potential : 0,
      outletsNeeded: throughput > 0 ? (p.potential * targetShare) / throughput : 0,
    };
  });
  const primary = model.primaryDealer();
  const areas: number[][] = net.dealers.map(() => []);
  primary.forEach((k, i) => {
    if (k >= 0) areas[k].push(net.places[i].id);
  });
  const dealers: MarketDealerRow[] = net.dealers.map((d, k) => ({
    id: d.id, name: d.name, brand: d.brand, lat: d.lat, lng: d.lng,
    expectedSales: model.expected[k], targetSales: d.targetSales,
    utilisation: d.targetSales > 0 ? model.expected[k] / d.targetSales : null,
    competitor: model.isOurs[k] === 0,
    marketArea: areas[k],
  }));
  return {
    model: { ...model.params, fit: options.fit, brandStrength: model.brandStrength },
    totals: { potential: net.totalPotential, captured: model.captured, share: model.share, targetShare, throughput },
    places,
    dealers,
  };
}
