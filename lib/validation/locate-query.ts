import { z } from "zod";

const coordinate = (name: string, min: number, max: number) =>
  z
    .string({ error: `${name} is required` })
    .trim()
    .regex(/^-?\d+(\.\d+)?$/, `${name} must be a decimal number such as 48.5`)
    .transform(Number)
    .pipe(z.number().min(min, `${name} must be between ${min} and ${max}`).max(max, `${name} must be between ${min} and ${max}`));

/** Query string of GET /api/geo/locate: a point in decimal degrees. */
export const locateQuerySchema = z.object({
  lat: coordinate("lat", -90, 90),
  lng: coordinate("lng", -180, 180),
});
