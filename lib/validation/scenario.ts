import { z } from "zod";
import { isInKazakhstan } from "../geo/kazakhstan";
import { dealershipInputSchema, dealershipPatchSchema } from "./dealership";
import { decimalInput } from "./numbers";
import { normalisedString, normaliseText } from "./text";

const name = normalisedString("name").pipe(z.string().min(1, "Give the scenario a name").max(120, "At most 120 characters"));
const notes = normalisedString("notes", normaliseText)
  .pipe(z.string().max(4000, "At most 4000 characters"))
  .transform((s) => (s === "" ? null : s))
  .nullish();

/** A site's id in an edit: a registry site (positive) or a site the scenario added (negative). */
const siteId = decimalInput("siteId").pipe(z.number().int("siteId must be a whole number").refine((v) => v !== 0, "siteId must name a site"));

/** Body of POST /api/scenarios. */
export const scenarioCreateSchema = z
  .object({
    name,
    notes,
    copyOf: decimalInput("copyOf").pipe(z.number().int().positive("copyOf must be a scenario id")).nullish(),
  })
  .strict();
export type ScenarioCreate = z.infer<typeof scenarioCreateSchema>;

/** Body of PATCH /api/scenarios/:id. */
export const scenarioPatchSchema = z.object({ name, notes }).partial().strict();
export type ScenarioPatch = z.infer<typeof scenarioPatchSchema>;

const lat = decimalInput("lat").pipe(z.number().min(-90).max(90));
const lng = decimalInput("lng").pipe(z.number().min(-180).max(180));

/** Body of POST /api/scenarios/:id/edits: one of the four operations. */
export const scenarioEditSchema = z.discriminatedUnion(
  "op",
  [
    // the same schema as POST /api/dealerships, so a scenario site obeys the registry's rules
    z.object({ op: z.literal("add"), site: dealershipInputSchema }).strict(),
    z
      .object({ op: z.literal("move"), siteId, lat, lng })
      .strict()
      .superRefine((e, ctx) => {
        if (!isInKazakhstan(e.lat, e.lng)) ctx.addIssue({ code: "custom", path: ["lat"], message: "The site must lie inside Kazakhstan" });
      }),
    z.object({ op: z.literal("close"), siteId }).strict(),
    z.object({ op: z.literal("update"), siteId, changes: dealershipPatchSchema }).strict(),
  ],
  { error: "op must be add, move, close or update" },
);
export type ScenarioEditInput = z.infer<typeof scenarioEditSchema>;

/** "live" (the registry) or a scenario id, as compare's `ids` and the views' `scenario` parameter take them. */
export const scenarioRefSchema = z.union([z.literal("live"), decimalInput("scenario").pipe(z.number().int().positive("scenario must be a scenario id"))]);

const compareRef = z
  .string()
  .refine((v) => v === "live" || (/^\d+$/.test(v) && Number(v) > 0), "ids takes live and scenario ids, e.g. live,1,2")
  .transform((v): "live" | number => (v === "live" ? "live" : Number(v)));

/** Query of GET /api/scenarios/compare: 1-5 refs (live + up to 4 scenarios) and the capital cost inputs. */
export const compareQuerySchema = z.object({
  ids: z
    .string({ error: "ids is required (e.g. live,1,2)" })
    .transform((s) => s.split(",").map((x) => x.trim()).filter(Boolean))
    .pipe(z.array(compareRef).min(1, "ids names at least one scenario").max(5, "Compare at most live and 4 scenarios")),
  costPerBay: decimalInput("costPerBay").pipe(z.number().min(0, "costPerBay cannot be negative")).default(60000),
  costPerSite: decimalInput("costPerSite").pipe(z.number().min(0, "costPerSite cannot be negative")).default(400000),
});
export type CompareQuery = z.infer<typeof compareQuerySchema>;
