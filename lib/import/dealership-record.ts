import { dealershipInputSchema, type DealershipInput } from "../validation/dealership";
import { blankToUndefined, importFlagSchema, normaliseStatus } from "../validation/import-dealerships";
import { SITE_SERVICES } from "../network/statuses";
import { clipForMessage, type NameIndex } from "./names";
import type { ImportIssue, ReferenceBrand, ReferenceCity } from "./types";

/** A dealership ready to upsert: validated with the same schema as the form, refs resolved to ids. */
export interface DealershipImportRow {
  line?: number;
  feature?: number;
  brandId: number;
  cityId: number;
  brandName: string;
  cityName: string;
  input: DealershipInput;
}

export type Where = { line: number } | { feature: number };

export interface DealershipIndexes {
  brands: NameIndex<ReferenceBrand>;
  cities: NameIndex<ReferenceCity>;
}

function text(v: unknown): string {
  return typeof v === "string" ? v.trim() : v === null || v === undefined ? "" : String(v);
}

function unknownRef(where: Where, field: "brand" | "city", value: string, suggestions: string[]): ImportIssue {
  const hint = suggestions.length ? `; did you mean ${suggestions.join(", ")}?` : "";
  const what = field === "brand" ? "brand (it must exist in the planner)" : "city";
  return { ...where, field, suggestions, message: `Unknown ${what} "${clipForMessage(value)}"${hint}` };
}

/**
 * Validates one dealership from a CSV row or a GeoJSON feature (values as text or JSON): brand and
 * city by name or slug, then every rule of the dealership form (inside Kazakhstan, a planned site
 * has a quarter, at least one service...). Returns the row or the problems, each naming its field.
 */
export function validateDealershipRecord(
  fields: Record<string, unknown>,
  where: Where,
  idx: DealershipIndexes,
): { row: DealershipImportRow } | { issues: ImportIssue[] } {
  const issues: ImportIssue[] = [];
  const brandText = text(fields.brand);
  const cityText = text(fields.city);
  const brand = brandText ? idx.brands.find(brandText) : undefined;
  const city = cityText ? idx.cities.find(cityText) : undefined;
  if (brandText && !brand) issues.push(unknownRef(where, "brand", brandText, idx.brands.suggest(brandText)));
  if (cityText && !city) issues.push(unknownRef(where, "city", cityText, idx.cities.suggest(cityText)));

  const flags: Record<string, boolean> = {};
  for (const name of SITE_SERVICES) {
    const parsed = importFlagSchema.safeParse(fields[name]);
    if (parsed.success) flags[name] = parsed.data;
    else issues.push({ ...where, field: name, message: `${name}: ${parsed.error.issues[0].message}` });
  }
  const candidate = {
    brand: brand?.slug ?? brandText,
    city: city?.slug ?? cityText,
    name: text(fields.name),
    lat: blankToUndefined(fields.lat),
    lng: blankToUndefined(fields.lng),
    status: normaliseStatus(fields.status),
    address: blankToUndefined(fields.address) ?? null,
    sales: flags.sales ?? true,
    service: flags.service ?? true,
    parts: flags.parts ?? true,
    serviceBays: blankToUndefined(fields.serviceBays) ?? 0,
    openedOn: blankToUndefined(fields.openedOn) ?? null,
    plannedQuarter: blankToUndefined(fields.plannedQuarter) ?? null,
    notes: blankToUndefined(fields.notes) ?? null,
  };
  const parsed = dealershipInputSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const i of parsed.error.issues) {
      const field = String(i.path[0] ?? "");
      // an unknown brand/city is already reported with its suggestions
      if ((field === "brand" && brandText && !brand) || (field === "city" && cityText && !city)) continue;
      const message = field === "status" ? "status must be open, planned, under construction or closed" : i.message;
      issues.push({ ...where, field, message: field && !message.toLowerCase().includes(field.toLowerCase()) ? `${field}: ${message}` : message });
    }
  }
  if (issues.length || !parsed.success || !brand || !city) return { issues };
  return { row: { ...where, brandId: brand.id, cityId: city.id, brandName: brand.name, cityName: city.nameEn, input: parsed.data } };
}

/** The natural key of a site (the table's unique index): brand, name and city. */
export function dealershipKey(brandId: number, name: string, cityId: number): string {
  return `${brandId}\u0000${cityId}\u0000${name}`;
}
