import { z } from "zod";
import { parkYearNumberSchema, vehicleCountSchema } from "./vehicle-park";

/** Columns of a vehicle-park CSV import (any order; extra columns are ignored). */
export const VEHICLE_PARK_IMPORT_COLUMNS = ["city", "brand", "year", "vehicles"] as const;

/** One CSV row as text; city and brand are matched against the reference lists afterwards. */
export const vehicleParkCsvRowSchema = z.object({
  city: z.string().trim().min(1, "city is empty"),
  brand: z.string().trim().min(1, "brand is empty"),
  year: z.string().trim().min(1, "year is empty").transform(Number).pipe(parkYearNumberSchema),
  vehicles: vehicleCountSchema,
});
