import type { DealershipInput } from "../validation/dealership";
import type { DealershipImportRow } from "./dealership-record";
import { dealershipKey } from "./dealership-record";
import { parkCellKey, type VehicleParkImportRow } from "./vehicle-park-csv";

export type RowChange = "new" | "updated" | "unchanged";

export interface ChangeCounts {
  new: number;
  updated: number;
  unchanged: number;
}

export interface VehicleParkRowPreview extends VehicleParkImportRow {
  change: RowChange;
  /** the stored count, null for a new cell */
  before: number | null;
}

function countChanges(rows: { change: RowChange }[]): ChangeCounts {
  const counts: ChangeCounts = { new: 0, updated: 0, unchanged: 0 };
  for (const r of rows) counts[r.change] += 1;
  return counts;
}

/** Classifies each row against the stored counts (key: parkCellKey) as new, updated or unchanged. */
export function previewVehicleParkRows(rows: readonly VehicleParkImportRow[], stored: ReadonlyMap<string, number>) {
  const out: VehicleParkRowPreview[] = rows.map((r) => {
    const before = stored.get(parkCellKey(r.cityId, r.brandId, r.year));
    const change: RowChange = before === undefined ? "new" : before === r.vehicles ? "unchanged" : "updated";
    return { ...r, change, before: before ?? null };
  });
  return { rows: out, counts: countChanges(out) };
}

/** The stored fields a dealership import can change (brand, name and city are its key). */
export type ComparableDealership = Omit<DealershipInput, "brand" | "city" | "name"> & { id: number };

const COMPARED: (keyof Omit<ComparableDealership, "id">)[] = [
  "lat", "lng", "address", "status", "sales", "service", "parts", "serviceBays", "openedOn", "plannedQuarter", "notes",
];

export interface DealershipRowPreview extends DealershipImportRow {
  change: RowChange;
  /** the stored site's id when it exists */
  id: number | null;
  /** fields that differ from the stored site */
  changedFields: string[];
}

/** Classifies each row against the stored sites (key: dealershipKey) as new, updated or unchanged. */
export function previewDealershipRows(rows: readonly DealershipImportRow[], stored: ReadonlyMap<string, ComparableDealership>) {
  const out: DealershipRowPreview[] = rows.map((r) => {
    const existing = stored.get(dealershipKey(r.brandId, r.input.name, r.cityId));
    if (!existing) return { ...r, change: "new", id: null, changedFields: [] };
    const changedFields = COMPARED.filter((f) => (existing[f] ?? null) !== (r.input[f] ?? null));
    return { ...r, change: changedFields.length ? "updated" : "unchanged", id: existing.id, changedFields };
  });
  return { rows: out, counts: countChanges(out) };
}
