import { z } from "zod";
import { DEALERSHIP_STATUSES } from "../network/statuses";
import { dealershipStatusSchema } from "./dealership";
import { decimalInput } from "./numbers";

/** Query string of GET /api/dealerships: brand or manufacturer group slug, statuses (comma-separated). */
export const dealershipFilterSchema = z.object({
  brand: z.string().trim().min(1).optional(),
  status: z
    .string()
    .transform((s) => s.split(",").map((x) => x.trim()).filter(Boolean))
    .pipe(z.array(dealershipStatusSchema, { error: `status must be ${DEALERSHIP_STATUSES.slice(0, -1).join(", ")} or ${DEALERSHIP_STATUSES.at(-1)}` }))
    .optional(),
});

/** A positive integer id from a route segment. */
export const idParamSchema = decimalInput("id").pipe(z.number().int("id must be a whole number").positive("id must be positive"));
