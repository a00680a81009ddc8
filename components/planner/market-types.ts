import type { MarketDealerRow } from "@/lib/market/report";
/**
 * The JSON of the sales-model API as the browser reads it (the contract, plus the optional
 * extras the map uses when the server sends them): GET /api/market and POST /api/market/what-if.
 */
export interface MarketAnswer {
  model: { decay: string; lambda: number; maxMinutes: number; fit: { r2: number; mape: number } | null };
  totals: { potential: number; captured: number; share: number };
  places: { id: number; name: string; potential: number; captured: number; share: number; lat?: number; lng?: number }[];
  /** the contract's dealer fields; `competitor` and `marketArea` are extras the map uses when sent */
  dealers: (Omit<MarketDealerRow, "competitor" | "marketArea"> & Partial<Pick<MarketDealerRow, "competitor" | "marketArea">>)[];
}

export interface MarketChangeRequest {
  add: { lat: number; lng: number; name?: string }[];
  move: { id: number; lat: number; lng: number }[];
  remove: number[];
}

export interface MarketWhatIfAnswer {
  before: { captured: number; share: number };
  after: { captured: number; share: number };
  netGain: number;
  added: { name: string; expectedSales: number }[];
  dealers: { id: number; name: string; brand: string; before: number; after: number; delta: number }[];
}
