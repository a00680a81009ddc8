import { emptyStatusCounts, type DealershipStatus } from "./statuses";

/** Status counts per manufacturer group, for the network overview. */
export type StatusCounts = Record<DealershipStatus, number>;

export interface ManufacturerSummary {
  manufacturer: string;
  manufacturerSlug: string;
  counts: StatusCounts;
  /** distinct cities with an open site */
  openCities: number;
}

interface SiteLike {
  manufacturer: string;
  manufacturerSlug: string;
  status: keyof StatusCounts;
  cityId: number;
}

/** Counts sites by status per manufacturer, in first-seen order. */
export function summariseByManufacturer(sites: SiteLike[]): ManufacturerSummary[] {
  const out = new Map<string, ManufacturerSummary & { cities: Set<number> }>();
  for (const s of sites) {
    let m = out.get(s.manufacturerSlug);
    if (!m) {
      m = {
        manufacturer: s.manufacturer,
        manufacturerSlug: s.manufacturerSlug,
        counts: emptyStatusCounts(),
        openCities: 0,
        cities: new Set(),
      };
      out.set(s.manufacturerSlug, m);
    }
    m.counts[s.status] += 1;
    if (s.status === "open") m.cities.add(s.cityId);
  }
  return [...out.values()].map(({ cities, ...m }) => ({ ...m, openCities: cities.size }));
}
