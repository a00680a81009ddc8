import { STATUS_LABEL } from "@/lib/network/statuses";

/** One changed field of an audit entry, with readable before/after values. */
export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

// bookkeeping columns that change on every write and say nothing to a planner
const IGNORED = new Set(["updatedAt", "createdAt", "id", "brandId", "cityId"]);

const LABELS: Record<string, string> = {
  serviceBays: "service bays",
  openedOn: "opened on",
  plannedQuarter: "target quarter",
  brandName: "brand",
  cityName: "city",
  regionName: "region",
  lat: "latitude",
  lng: "longitude",
  isEstimate: "estimate",
};

function show(v: unknown): string {
  if (v === null || v === undefined || v === "") return "—";
  if (typeof v === "boolean") return v ? "yes" : "no";
  if (v === "under_construction") return STATUS_LABEL.under_construction;
  return typeof v === "object" ? JSON.stringify(v) : String(v);
}

function asRecord(v: unknown): Record<string, unknown> {
  return typeof v === "object" && v !== null ? (v as Record<string, unknown>) : {};
}

/** The fields that differ between an audit entry's before and after, in a stable order. */
export function auditChanges(before: unknown, after: unknown): FieldChange[] {
  const b = asRecord(before);
  const a = asRecord(after);
  // brand/city slugs duplicate their names; show the names only
  const skip = new Set([...IGNORED, "brand", "city", "manufacturerSlug"]);
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => !skip.has(k));
  return keys
    .filter((k) => JSON.stringify(b[k] ?? null) !== JSON.stringify(a[k] ?? null))
    .map((k) => ({ field: LABELS[k] ?? k, before: show(b[k]), after: show(a[k]) }));
}
