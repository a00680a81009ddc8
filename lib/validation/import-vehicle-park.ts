import { z } from "zod";
import { parkYearSchema, vehicleCountSchema } from "./vehicle-park";
import { normalisedString } from "./text";

/** Columns of a vehicle-park CSV import (any order; extra columns are ignored). */
export const VEHICLE_PARK_IMPORT_COLUMNS = ["city", "brand", "year", "vehicles"] as const;

/** One CSV row as text; city and brand are matched against the reference lists afterwards. */
export const vehicleParkCsvRowSchema = z.object({
  city: normalisedString("city").pipe(z.string().min(1, "city is empty")),
  brand: normalisedString("brand").pipe(z.string().min(1, "brand is empty")),
  year: z
    .string()
    .trim()
    .min(1, "year is empty")
    .transform((v, ctx) => {
      const year = parkYearSchema.safeParse(v);
      if (year.success) return year.data;
      for (const issue of year.error.issues) ctx.addIssue({ code: "custom", message: issue.message });
      return z.NEVER;
    }),
  vehicles: vehicleCountSchema,
});
