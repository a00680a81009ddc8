/**
 * Seeded synthetic markets inside Kazakhstan for tests and the bench: places with a potential, and
 * dealers of several brands (the first is the planned one). Deterministic (mulberry32).
 */
import { randomPointsInKazakhstan } from "@/lib/coverage/synthetic";
import { mulberry32 } from "@/lib/random";
import { greatCircleKm } from "@/lib/roads";
import type { TravelColumn } from "./network";
import type { MarketDealer, MarketInputs, MarketPlace } from "./types";

export const SYNTHETIC_BRANDS = ["ours", "rival-a", "rival-b", "rival-c"];

/** `places` demand points and `dealers` outlets (brands in turn), potential 0..3000 per place. */
export function syntheticMarket(places: number, dealers: number, seed: number, maxMinutes = 120): MarketInputs {
  const rnd = mulberry32(seed);
  const placeList: MarketPlace[] = randomPointsInKazakhstan(places, rnd).map((p, i) => ({ id: i + 1, name: `Place ${i + 1}`, lat: p.lat, lng: p.lng, potential: Math.round(rnd() * 3000) }));
  // dealers sit at (or next to) random places, as real showrooms sit in towns
  const dealerList: MarketDealer[] = Array.from({ length: dealers }, (_, k) => {
    const at = placeList[Math.floor(rnd() * placeList.length)];
    return {
      id: 1000 + k, name: `Dealer ${k + 1}`, brand: SYNTHETIC_BRANDS[k % SYNTHETIC_BRANDS.length],
      lat: at.lat + (rnd() - 0.5) * 0.05, lng: at.lng + (rnd() - 0.5) * 0.05,
      attractiveness: 0.5 + rnd(), targetSales: 300,
    };
  });
  return {
    brands: [SYNTHETIC_BRANDS[0]], year: 2025, params: { decay: "exponential", lambda: 0.03, maxMinutes },
    brandStrength: {}, places: placeList, dealers: dealerList, observed: [], targetSalesPerOutlet: 300,
  };
}

/** Straight-line drive minutes (great-circle km × 1.25 at 80 km/h): a cheap stand-in for the road graph in tests. */
export function straightTravel(places: readonly { lat: number; lng: number }[]): TravelColumn {
  return (point) => Float64Array.from(places, (p) => (greatCircleKm(p.lat, p.lng, point.lat, point.lng) * 1.25 * 60) / 80);
}
