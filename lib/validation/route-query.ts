import { z } from "zod";
import { isInKazakhstan } from "../geo/in-kazakhstan";

/** "lat,lng" in decimal degrees, inside Kazakhstan. */
function pointParam(field: string) {
  return z
    .string({ error: `${field} is required, as lat,lng` })
    .trim()
    .regex(/^-?\d+(\.\d+)?\s*,\s*-?\d+(\.\d+)?$/, `${field} must be lat,lng in decimal degrees, e.g. 43.25,76.93`)
    .transform((s) => {
      const [lat, lng] = s.split(",").map(Number);
      return { lat, lng };
    })
    .refine((p) => p.lat >= -90 && p.lat <= 90 && p.lng >= -180 && p.lng <= 180, `${field} is not a valid coordinate`)
    .refine((p) => isInKazakhstan(p.lat, p.lng), `${field} lies outside Kazakhstan`);
}

/** Query string of GET /api/route. */
export const routeQuerySchema = z.object({ from: pointParam("from"), to: pointParam("to") });

export type RouteQuery = z.infer<typeof routeQuerySchema>;
