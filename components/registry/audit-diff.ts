import { STATUS_LABEL, type DealershipStatus } from "@/lib/network/statuses";

/** One changed field of an audit entry, with readable before/after values. */
export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

/** The words of the diff in the reader's language (English when not given). */
export interface DiffWords {
  /** a field's label, or null for a field without one (its own name is shown) */
  field: (key: string) => string | null;
  yes: string;
  no: string;
  status: (s: DealershipStatus) => string;
}

/** The fields a planner sees in a history, by their snapshot key (labelled in the "history" namespace). */
export const LABELLED_FIELDS = [
  "name", "brandName", "manufacturer", "cityName", "regionName", "lat", "lng", "address", "status", "sales", "service", "parts",
  "serviceBays", "openedOn", "plannedQuarter", "notes", "source", "isEstimate", "vehicles", "year",
] as const;

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

const ENGLISH: DiffWords = { field: (k) => LABELS[k] ?? null, yes: "yes", no: "no", status: (s) => STATUS_LABEL[s] };

function show(v: unknown, key: string, words: DiffWords): string {
  if (v === null || v === undefined || v === "") return "—";
  if (typeof v === "boolean") return v ? words.yes : words.no;
  if (key === "status" && typeof v === "string" && v in STATUS_LABEL) return words.status(v as DealershipStatus);
  return typeof v === "object" ? JSON.stringify(v) : String(v);
}

function asRecord(v: unknown): Record<string, unknown> {
  return typeof v === "object" && v !== null ? (v as Record<string, unknown>) : {};
}

/** The fields that differ between an audit entry's before and after, in a stable order. */
export function auditChanges(before: unknown, after: unknown, words: DiffWords = ENGLISH): FieldChange[] {
  const b = asRecord(before);
  const a = asRecord(after);
  // brand/city slugs duplicate their names; show the names only
  const skip = new Set([...IGNORED, "brand", "city", "manufacturerSlug"]);
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => !skip.has(k));
  return keys
    .filter((k) => JSON.stringify(b[k] ?? null) !== JSON.stringify(a[k] ?? null))
    .map((k) => ({ field: words.field(k) ?? k, before: show(b[k], k, words), after: show(a[k], k, words) }));
}
