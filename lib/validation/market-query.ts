import { z } from "zod";
import { isInKazakhstan } from "../geo/in-kazakhstan";
import { decimalInput } from "./numbers";
import { normalisedString } from "./text";

const boolParam = z
  .enum(["true", "false", "1", "0"], { error: "Use true or false" })
  .transform((v) => v === "true" || v === "1");

const year = decimalInput("year").pipe(z.number().int("year must be a whole year").min(2000, "year must be between 2000 and 2100").max(2100, "year must be between 2000 and 2100"));
const lambda = decimalInput("lambda").pipe(z.number().min(0, "lambda must be 0 or more").max(10, "lambda must be at most 10"));
const decay = z.enum(["exponential", "power"], { error: "decay must be exponential or power" });

/** What selects one market model: the planned brand (or group), the year and the planner's overrides. */
const modelFields = {
  brand: z.string({ error: "brand is required" }).trim().min(1, "brand is required"),
  // absent = the latest year with sales figures
  year: year.optional(),
  /** a planner's λ: the brand strengths are still calibrated, λ is not */
  lambda: lambda.optional(),
  decay: decay.optional(),
  /** a named scenario replayed over the registry; absent or "live" = the registry itself */
  scenario: z
    .union([z.literal("live").transform(() => undefined), decimalInput("scenario").pipe(z.number().int().positive("scenario must be a scenario id"))])
    .optional(),
};

/** Query string of GET /api/market. */
export const marketQuerySchema = z.object({
  ...modelFields,
  includePlanned: boolParam.default(false),
  /** the share the outlets-needed column plans for; absent = the brand's current share */
  targetShare: decimalInput("targetShare").pipe(z.number().gt(0, "targetShare must be above 0").max(1, "targetShare is a share: at most 1")).optional(),
});

export type MarketQuery = z.infer<typeof marketQuerySchema>;

const latitude = (label: string) => decimalInput(label).pipe(z.number().min(-90, `${label} must be between -90 and 90`).max(90, `${label} must be between -90 and 90`));
const longitude = (label: string) => decimalInput(label).pipe(z.number().min(-180, `${label} must be between -180 and 180`).max(180, `${label} must be between -180 and 180`));
const dealerId = decimalInput("id").pipe(z.number().int("a dealer id is a whole number"));

/** A point must lie in Kazakhstan; the issue is reported on its lat. */
function insideKazakhstan(p: { lat: number; lng: number }, ctx: z.RefinementCtx) {
  if (!isInKazakhstan(p.lat, p.lng)) ctx.addIssue({ code: "custom", path: ["lat"], message: "The point must lie inside Kazakhstan" });
}

/** Body of POST /api/market/what-if: points to add, dealers (of any brand) to move or remove. */
export const marketWhatIfSchema = z
  .object({
    ...modelFields,
    includePlanned: z.boolean({ error: "includePlanned must be true or false" }).default(false),
    add: z
      .array(z.object({ lat: latitude("lat"), lng: longitude("lng"), name: normalisedString("name").pipe(z.string().max(120, "name must be at most 120 characters")).optional() }).strict().superRefine(insideKazakhstan), { error: "add must be a list of points" })
      .max(50, "at most 50 points at once")
      .default([]),
    move: z
      .array(z.object({ id: dealerId, lat: latitude("lat"), lng: longitude("lng") }).strict().superRefine(insideKazakhstan), { error: "move must be a list of {id, lat, lng}" })
      .max(50, "at most 50 moves at once")
      .default([]),
    remove: z.array(dealerId, { error: "remove must be a list of dealer ids" }).max(500, "at most 500 removals at once").default([]),
  })
  .strict();

export type MarketWhatIfRequest = z.infer<typeof marketWhatIfSchema>;
