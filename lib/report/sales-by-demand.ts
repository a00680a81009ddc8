/**
 * The sales model's places folded onto the coverage report's demand points, for the report's CSV: a
 * place that is a demand point of its own keeps its figures; a smaller one (a village under the
 * demand threshold, or a district's rural remainder) counts in its district's "rest" point, as its
 * vehicles do in coverage. The columns therefore add up to the market's totals.
 */
export interface SalesAtPlace {
  placeId: number;
  potential: number;
  captured: number;
}

export interface PlaceKey {
  slug: string;
  districtKato: string | null;
}

export function salesByDemandPoint(
  places: readonly SalesAtPlace[],
  keys: ReadonlyMap<number, PlaceKey>,
  demandIds: ReadonlySet<string>,
  restIdOf: (kato: string) => string,
): Map<string, { potential: number; captured: number }> {
  const out = new Map<string, { potential: number; captured: number }>();
  for (const p of places) {
    const key = keys.get(p.placeId);
    if (!key) continue;
    const id = demandIds.has(key.slug) ? key.slug : key.districtKato ? restIdOf(key.districtKato) : null;
    if (id === null || !demandIds.has(id)) continue;
    const cell = out.get(id) ?? { potential: 0, captured: 0 };
    cell.potential += p.potential;
    cell.captured += p.captured;
    out.set(id, cell);
  }
  return out;
}
