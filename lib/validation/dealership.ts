import { z } from "zod";
import { isInKazakhstan } from "../geo/in-kazakhstan";
import { decimalInput } from "./numbers";
import { normalisedString, normaliseText } from "./text";
import { DEALERSHIP_STATUSES, type DealershipStatus } from "../network/statuses";

export type { DealershipStatus };
export const dealershipStatusSchema = z.enum(DEALERSHIP_STATUSES, {
  error: "status must be open, planned, under_construction or closed",
});

/** "2025-Q3": a year and a quarter. */
export const quarterSchema = z.string().trim().regex(/^(19|20|21)\d{2}-Q[1-4]$/, "Use a quarter such as 2025-Q3");

const optionalText = (label: string, max: number) =>
  normalisedString(label, normaliseText)
    .pipe(z.string().max(max, `At most ${max} characters`))
    .transform((s) => (s === "" ? null : s))
    .nullish();

// Form fields arrive as strings; JSON as numbers. Both must give the same answer.
const numberFromInput = decimalInput;

const baseFields = {
  brand: normalisedString("brand").pipe(z.string().min(1, "Choose a brand")),
  // normalised first, so invisible characters neither count towards the length nor dodge the duplicate check
  name: normalisedString("name").pipe(z.string().min(2, "Give the site a name (2+ visible characters)").max(120, "At most 120 characters")),
  city: normalisedString("city").pipe(z.string().min(1, "Choose a city")),
  lat: numberFromInput("Latitude").pipe(z.number().min(-90, "Latitude must be between -90 and 90").max(90, "Latitude must be between -90 and 90")),
  lng: numberFromInput("Longitude").pipe(z.number().min(-180, "Longitude must be between -180 and 180").max(180, "Longitude must be between -180 and 180")),
  address: optionalText("address", 200),
  status: dealershipStatusSchema,
  sales: z.boolean({ error: "sales must be true or false" }),
  service: z.boolean({ error: "service must be true or false" }),
  parts: z.boolean({ error: "parts must be true or false" }),
  serviceBays: numberFromInput("Service bays").pipe(
    z.number().int("Service bays must be a whole number").min(0, "Service bays cannot be negative").max(500, "At most 500 bays"),
  ),
  openedOn: z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date such as 2024-05-31")
    .nullish()
    .or(z.literal("").transform(() => null)),
  plannedQuarter: quarterSchema.nullish().or(z.literal("").transform(() => null)),
  notes: optionalText("notes", 2000),
};

type DealershipShape = {
  openedOn?: string | null;
  lat: number;
  lng: number;
  status: DealershipStatus;
  plannedQuarter?: string | null;
  sales: boolean;
  service: boolean;
  parts: boolean;
};

/** Today as yyyy-mm-dd in Kazakhstan (UTC+5), the planners' calendar. */
export function todayInKazakhstan(now = new Date()): string {
  return new Date(now.getTime() + 5 * 3600_000).toISOString().slice(0, 10);
}

// Cross-field rules shared by create and update: a plan needs a quarter, a site must be in
// Kazakhstan and must offer at least one of sales, service, parts; an open site opened in the past.
function checkDealershipRules(d: DealershipShape, ctx: z.RefinementCtx) {
  const today = todayInKazakhstan();
  if (d.status === "open" && d.openedOn && d.openedOn > today) {
    ctx.addIssue({
      code: "custom",
      path: ["openedOn"],
      message: `An open site cannot open in the future (${d.openedOn}; today is ${today}): keep it planned or under construction until then`,
    });
  }
  if (d.status === "planned" && !d.plannedQuarter) {
    ctx.addIssue({ code: "custom", path: ["plannedQuarter"], message: "A planned site needs a target quarter (e.g. 2025-Q3)" });
  }
  if (!isInKazakhstan(d.lat, d.lng)) {
    ctx.addIssue({ code: "custom", path: ["lat"], message: "The site must lie inside Kazakhstan" });
  }
  if (!d.sales && !d.service && !d.parts) {
    ctx.addIssue({ code: "custom", path: ["service"], message: "Pick at least one of sales, service, parts" });
  }
}

/** A new dealership from a form or a JSON body (brand and city by slug). */
export const dealershipInputSchema = z.object(baseFields).superRefine(checkDealershipRules);
export type DealershipInput = z.infer<typeof dealershipInputSchema>;

/** A partial update; the merged record is re-checked with the full rules before it is written. */
export const dealershipPatchSchema = z.object(baseFields).partial().strict();
export type DealershipPatch = z.infer<typeof dealershipPatchSchema>;

/** The full rules, for a record merged from the stored row and a patch. */
export const dealershipRecordSchema = dealershipInputSchema;
