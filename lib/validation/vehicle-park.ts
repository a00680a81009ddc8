import { z } from "zod";
import { decimalInput } from "./numbers";
import { normalisedString } from "./text";

/** Most vehicles one brand can have in one city: a typo guard (Almaty's whole fleet is ~0.8 m). */
export const MAX_VEHICLES_PER_CELL = 5_000_000;

/** A vehicle-park year as stored (the database accepts 2000-2100). */
export const parkYearNumberSchema = z
  .number({ error: "year must be a number" })
  .int("year must be a whole year")
  .min(2000, "year must be 2000 or later")
  .max(2100, "year must be 2100 or earlier");

/** The same year from a query string or a form (text in, number out). */
export const parkYearSchema = decimalInput("year").pipe(parkYearNumberSchema);

/**
 * A vehicle count typed by a planner or read from a file: a whole number ≥ 0. Spaces (also the
 * non-breaking ones Russian Excel writes as thousands separators) are ignored; "1.5", "-3", "1e3"
 * and "12,000" are refused because they are ambiguous or wrong.
 */
export const vehicleCountSchema = z.union([z.number(), z.string()], { error: "vehicles must be a whole number of 0 or more" }).transform((v, ctx) => {
  const text = typeof v === "number" ? String(v) : v.replace(/[\s\u00a0\u202f]/g, "");
  if (!/^\d+$/.test(text)) {
    ctx.addIssue({
      code: "custom",
      message: text === "" ? "vehicles is empty: give a whole number of 0 or more" : `vehicles must be a whole number of 0 or more, not "${v}"`,
    });
    return z.NEVER;
  }
  const n = Number(text);
  if (n > MAX_VEHICLES_PER_CELL) {
    ctx.addIssue({ code: "custom", message: `vehicles must be at most ${MAX_VEHICLES_PER_CELL.toLocaleString("en-US")}` });
    return z.NEVER;
  }
  return n;
});

/** One cell of the city × brand table, as the in-place editor and PUT /api/vehicle-park send it. */
export const vehicleParkCellSchema = z.object({
  city: normalisedString("city").pipe(z.string().min(1, "city is required")),
  brand: normalisedString("brand").pipe(z.string().min(1, "brand is required")),
  year: parkYearSchema,
  vehicles: vehicleCountSchema,
});
export type VehicleParkCellInput = z.infer<typeof vehicleParkCellSchema>;

/** Query string of /vehicle-park, GET /api/vehicle-park and the vehicle-park exports. */
export const vehicleParkQuerySchema = z.object({
  year: parkYearSchema.optional(),
  brand: z.string().trim().min(1).optional(),
});
export type VehicleParkQuery = z.infer<typeof vehicleParkQuerySchema>;
