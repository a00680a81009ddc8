// From the sales-model answers to the map's sales layer (no Leaflet here).
import type { MarketMapLayer } from "@/components/map";
import type { MarketState } from "./use-market";

/**
 * The sales layer's data: every dealer with its expected sales (the what-if's "after" while one is
 * shown, so bubbles shrink and grow live), each place with the dealer whose market area it is in,
 * and the what-if points with what they would sell.
 */
export function marketLayerOf(market: MarketState, ourBrands: readonly string[], showCompetitors: boolean): Omit<MarketMapLayer, "onPointDrag" | "onPointRemove" | "onDealerToggle" | "onAddBeside"> | null {
  const { answer, whatIf, change } = market;
  if (!answer) return null;
  const after = new Map((whatIf?.dealers ?? []).map((d) => [d.id, d.after]));
  const primary = new Map<number, number>();
  for (const d of answer.dealers) for (const placeId of d.marketArea ?? []) primary.set(placeId, d.id);
  const sold = new Map((whatIf?.added ?? []).map((a) => [a.name, a.expectedSales]));
  return {
    dealers: answer.dealers.map((d) => {
      const expectedSales = after.get(d.id) ?? d.expectedSales;
      return {
        id: d.id, name: d.name, brand: d.brand, lat: d.lat, lng: d.lng, expectedSales, targetSales: d.targetSales,
        // the what-if's figure, against the same target
        utilisation: d.targetSales > 0 ? expectedSales / d.targetSales : null,
        competitor: d.competitor ?? !ourBrands.includes(d.brand),
        removed: change.remove.includes(d.id),
      };
    }),
    places: answer.places.flatMap((p) =>
      p.lat === undefined || p.lng === undefined
        ? []
        : [{ id: p.id, name: p.name, lat: p.lat, lng: p.lng, potential: p.potential, primaryDealerId: primary.get(p.id) ?? null }],
    ),
    points: change.points.map((p) => ({ ...p, expectedSales: sold.get(p.name) ?? null })),
    showCompetitors,
  };
}

/** With the sales layer the town circles are hidden: the largest markets keep a name on the map. */
export function marketLabelsOf(market: MarketState, count = 30): { id: string; name: string; lat: number; lng: number }[] {
  const places = market.answer?.places ?? [];
  return [...places]
    .filter((p) => p.lat !== undefined && p.lng !== undefined)
    .sort((a, b) => b.potential - a.potential)
    .slice(0, count)
    .map((p) => ({ id: `market-${p.id}`, name: p.name, lat: p.lat!, lng: p.lng! }));
}
