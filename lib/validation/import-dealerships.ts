import { z } from "zod";

/** Columns (or GeoJSON properties) a dealership import must have; lat/lng come from the geometry in GeoJSON. */
export const DEALERSHIP_IMPORT_REQUIRED = ["brand", "name", "city", "status"] as const;
/** Optional columns; a missing flag means yes, missing bays mean 0. */
export const DEALERSHIP_IMPORT_OPTIONAL = [
  "address",
  "sales",
  "service",
  "parts",
  "serviceBays",
  "openedOn",
  "plannedQuarter",
  "notes",
] as const;

const TRUE_WORDS = new Set(["true", "yes", "y", "1", "x", "да", "д"]);
const FALSE_WORDS = new Set(["false", "no", "n", "0", "нет", "н"]);

/** A yes/no cell: true/false, yes/no, 1/0, x, да/нет; empty means yes (most sites are 3S). */
export const importFlagSchema = z.union([z.boolean(), z.string(), z.null(), z.undefined()]).transform((v, ctx) => {
  if (typeof v === "boolean") return v;
  const word = (v ?? "").trim().toLowerCase();
  if (word === "") return true;
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  ctx.addIssue({ code: "custom", message: `Use yes or no, not "${v}"` });
  return z.NEVER;
});

/** "Under construction", "under-construction" and "under_construction" are the same status. */
export function normaliseStatus(value: unknown): unknown {
  return typeof value === "string" ? value.trim().toLowerCase().replace(/[\s-]+/g, "_") : value;
}

/** Empty cells count as absent, so the dealership schema's defaults and null rules apply. */
export function blankToUndefined(value: unknown): unknown {
  return typeof value === "string" && value.trim() === "" ? undefined : value;
}
