import { z } from "zod";
import { decimalInput } from "./numbers";
import { normalisedString } from "./text";

/** Most new cars one outlet can be expected to sell in a year: a typo guard (the busiest sell a few thousand). */
export const MAX_TARGET_SALES_PER_OUTLET = 50_000;

/**
 * A brand's sales-model settings as the planning-settings form sends them: the throughput standard
 * (new cars per outlet per year, a whole number ≥ 1) and the brand strength override (> 0, up to 10;
 * empty = no override, so 1 or the calibrated value).
 */
export const brandMarketSettingsSchema = z.object({
  brand: normalisedString("brand").pipe(z.string().min(1, "brand is required")),
  targetSalesPerOutlet: decimalInput("targetSalesPerOutlet").pipe(
    z
      .number()
      .int("targetSalesPerOutlet must be a whole number of cars")
      .min(1, "targetSalesPerOutlet must be at least 1")
      .max(MAX_TARGET_SALES_PER_OUTLET, `targetSalesPerOutlet must be at most ${MAX_TARGET_SALES_PER_OUTLET}`),
  ),
  strength: z
    .union([z.literal(""), z.null(), z.undefined()])
    .transform(() => null)
    .or(decimalInput("strength").pipe(z.number().gt(0, "strength must be above 0").max(10, "strength must be at most 10"))),
});
export type BrandMarketSettings = z.infer<typeof brandMarketSettingsSchema>;

/** A site's attractiveness (showroom class or size; 1 = a standard showroom of its brand): above 0, up to 10. */
export const dealershipAttractivenessSchema = z.object({
  id: decimalInput("id").pipe(z.number().int("id must be a whole number").positive("id must be positive")),
  attractiveness: decimalInput("attractiveness").pipe(
    z.number().gt(0, "attractiveness must be above 0").max(10, "attractiveness must be at most 10"),
  ),
});
