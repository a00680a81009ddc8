import { z } from "zod";
import { SITE_SERVICES } from "../network/statuses";
import { dealershipStatusSchema } from "./dealership";

/** The registry's sort keys (db/queries/dealerships-filter maps each to a column). */
export const LIST_SORTS = ["name", "brand", "city", "region", "status", "bays", "quarter", "updated"] as const;
export type DealershipListSort = (typeof LIST_SORTS)[number];

// Repeated parameters (?status=open&status=planned) and comma lists (?status=open,planned) both work.
const list = <T extends z.ZodType<unknown, string>>(item: T) =>
  z
    .union([z.string(), z.array(z.string())])
    .transform((v) => (Array.isArray(v) ? v : [v]).flatMap((s) => s.split(",")).map((s) => s.trim()).filter(Boolean))
    .pipe(z.array(item));

/** Query string of /dealerships and /api/export/dealerships.*: the registry's filters and sort. */
export const dealershipListParamsSchema = z.object({
  brand: z.string().trim().optional(),
  status: list(dealershipStatusSchema).optional(),
  region: z.string().trim().optional(),
  city: z.string().trim().optional(),
  services: list(z.enum(SITE_SERVICES)).optional(),
  q: z.string().trim().max(120).optional(),
  sort: z.enum(LIST_SORTS).optional(),
  dir: z.enum(["asc", "desc"]).optional(),
  /** the registry page shown (50 sites a page); exports ignore it and take every match */
  page: z.coerce.number({ error: "page must be a number" }).int("page must be a whole number").min(1, "page must be 1 or more").optional(),
});
export type DealershipListParams = z.infer<typeof dealershipListParamsSchema>;

type RawParams = Record<string, string | string[] | undefined>;
const LIST_FIELDS = new Set(["status", "services"]);

/** Parses the page's search params; an invalid value is dropped rather than failing the page. */
export function parseListParams(raw: RawParams): DealershipListParams {
  const cleaned: RawParams = {};
  for (const [k, v] of Object.entries(raw)) {
    if (v === undefined || v === "") continue;
    // a single-valued field given as a list (?brand=haval read with getAll) is its first value,
    // not an invalid field that silently drops the filter
    cleaned[k] = Array.isArray(v) && !LIST_FIELDS.has(k) ? v[0] : v;
  }
  const parsed = dealershipListParamsSchema.safeParse(cleaned);
  if (parsed.success) return parsed.data;
  // keep the valid fields: a stale bookmark with one bad value still shows a useful list
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(dealershipListParamsSchema.shape) as (keyof DealershipListParams)[]) {
    const one = dealershipListParamsSchema.shape[key].safeParse(cleaned[key]);
    if (one.success && one.data !== undefined) out[key] = one.data;
  }
  return out as DealershipListParams;
}

/** Sites per registry page: a network of 3,000 sites stays a page a browser draws at once. */
export const REGISTRY_PAGE_SIZE = 50;

/** The params as a query string, with some overridden (undefined removes a key). */
export function listHref(params: DealershipListParams, override: Partial<DealershipListParams> = {}, path = "/dealerships"): string {
  const merged = { ...params, ...override };
  const sp = new URLSearchParams();
  for (const [k, v] of Object.entries(merged)) {
    if (v === undefined || v === "" || (Array.isArray(v) && v.length === 0)) continue;
    if (Array.isArray(v)) for (const item of v) sp.append(k, item);
    else sp.set(k, String(v));
  }
  const qs = sp.toString();
  return qs ? `${path}?${qs}` : path;
}
