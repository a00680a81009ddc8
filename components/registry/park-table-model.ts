import type { VehicleParkCellView } from "@/db/queries/vehicle-park";

export interface ParkColumn {
  id: number;
  slug: string;
  name: string;
  manufacturer: string;
}

export interface ParkCityRow {
  cityId: number;
  city: string;
  cityName: string;
  cityNameRu: string;
  regionName: string;
  /** per column; null when no figure is stored */
  cells: (number | null)[];
  previous: (number | null)[];
  total: number;
  previousTotal: number | null;
}

export interface ParkTotal {
  key: string;
  label: string;
  total: number;
  /** null when the previous year has no figures for it */
  previous: number | null;
}

export interface ParkTableModel {
  year: number;
  previousYear: number | null;
  columns: ParkColumn[];
  rows: ParkCityRow[];
  brandTotals: ParkTotal[];
  regionTotals: ParkTotal[];
  total: ParkTotal;
}

const sum = (xs: (number | null)[]) => xs.reduce<number>((a, b) => a + (b ?? 0), 0);
const anyValue = (xs: (number | null)[]) => xs.some((x) => x !== null);

/**
 * The city × brand table for one year: stored cells (null = none), the previous year's cells for the
 * change, and totals per brand, per region and overall. Cities keep the given order.
 */
export function buildParkTable(params: {
  year: number;
  previousYear: number | null;
  columns: ParkColumn[];
  cities: { id: number; slug: string; nameEn: string; nameRu: string; regionName: string }[];
  cells: VehicleParkCellView[];
}): ParkTableModel {
  const { year, previousYear, columns } = params;
  const byKey = new Map(params.cells.map((c) => [`${c.cityId}:${c.brandId}:${c.year}`, c.vehicles]));
  const get = (cityId: number, brandId: number, y: number | null) => (y === null ? null : (byKey.get(`${cityId}:${brandId}:${y}`) ?? null));

  const rows: ParkCityRow[] = params.cities.map((c) => {
    const cells = columns.map((b) => get(c.id, b.id, year));
    const previous = columns.map((b) => get(c.id, b.id, previousYear));
    return {
      cityId: c.id, city: c.slug, cityName: c.nameEn, cityNameRu: c.nameRu, regionName: c.regionName, cells, previous,
      total: sum(cells), previousTotal: anyValue(previous) ? sum(previous) : null,
    };
  });

  // totals count every place's cells (villages and district rests too), not only the listed rows
  const columnIds = new Set(columns.map((b) => b.id));
  const cellsOf = (y: number | null) => params.cells.filter((c) => y !== null && c.year === y && columnIds.has(c.brandId));
  const current = cellsOf(year);
  const before = cellsOf(previousYear);
  const brandTotals = columns.map((b) => {
    const prev = before.filter((c) => c.brandId === b.id);
    return { key: b.slug, label: b.name, total: current.filter((c) => c.brandId === b.id).reduce((a, c) => a + c.vehicles, 0), previous: prev.length ? prev.reduce((a, c) => a + c.vehicles, 0) : null };
  });

  const regions = new Map<string, { total: number; previous: number | null }>();
  for (const c of current) {
    const t = regions.get(c.regionName) ?? { total: 0, previous: null };
    t.total += c.vehicles;
    regions.set(c.regionName, t);
  }
  for (const c of before) {
    const t = regions.get(c.regionName) ?? { total: 0, previous: null };
    t.previous = (t.previous ?? 0) + c.vehicles;
    regions.set(c.regionName, t);
  }
  const regionTotals = [...regions.entries()]
    .map(([name, t]) => ({ key: name, label: name, ...t }))
    .sort((a, b) => b.total - a.total || a.label.localeCompare(b.label));

  const prevAll = brandTotals.map((b) => b.previous);
  const total = { key: "all", label: "All", total: sum(brandTotals.map((b) => b.total)), previous: anyValue(prevAll) ? sum(prevAll) : null };
  return { year, previousYear, columns, rows, brandTotals, regionTotals, total };
}

/** Change from the previous year, absolute and relative; null when there is nothing to compare. */
export function yearChange(total: number, previous: number | null): { delta: number; share: number | null } | null {
  if (previous === null) return null;
  return { delta: total - previous, share: previous > 0 ? (total - previous) / previous : null };
}
