import { z } from "zod";
import { quarterSchema } from "./dealership";

/** Body of POST /api/suggestions (and the map's "Suggest sites" panel). */
export const suggestionRequestSchema = z
  .object({
    brand: z.string({ error: "brand is required" }).trim().min(1, "brand is required"),
    count: z.coerce.number({ error: "count must be a number" }).int("count must be a whole number").min(1, "count must be at least 1").max(20, "count must be at most 20").default(3),
    objective: z.enum(["mclp", "pmedian", "lscp"], { error: "objective must be mclp, pmedian or lscp" }).default("mclp"),
    mode: z.enum(["road", "straight"], { error: "mode must be road or straight" }).default("road"),
    threshold: z.coerce.number({ error: "threshold must be a number" }).positive("threshold must be above 0").max(3000, "threshold must be at most 3000").optional(),
    solver: z.enum(["greedy", "exact"], { error: "solver must be greedy or exact" }).default("greedy"),
    includePlanned: z.boolean({ error: "includePlanned must be true or false" }).default(true),
    until: quarterSchema.optional(),
    year: z.coerce.number({ error: "year must be a number" }).int("year must be a whole year").min(2000, "year must be between 2000 and 2100").max(2100, "year must be between 2000 and 2100").optional(),
    vehiclesPerBay: z.coerce.number({ error: "vehiclesPerBay must be a number" }).positive("vehiclesPerBay must be above 0").max(100000, "vehiclesPerBay must be at most 100000").default(150),
    timeLimitSeconds: z.coerce.number({ error: "timeLimitSeconds must be a number" }).positive("timeLimitSeconds must be above 0").max(120, "timeLimitSeconds must be at most 120").default(20),
    constraints: z
      .object({
        excludeCities: z.array(z.string().trim().min(1), { error: "excludeCities must be a list of city slugs" }).default([]),
        minVehicles: z.coerce.number({ error: "minVehicles must be a number" }).min(0, "minVehicles cannot be negative").default(0),
        maxPerRegion: z.coerce.number({ error: "maxPerRegion must be a number" }).int("maxPerRegion must be a whole number").min(1, "maxPerRegion must be at least 1").optional(),
        targetShare: z.coerce.number({ error: "targetShare must be a number" }).gt(0, "targetShare must be above 0").max(1, "targetShare is a share: at most 1").default(0.9),
      })
      .strict()
      .default({ excludeCities: [], minVehicles: 0, targetShare: 0.9 }),
  })
  .strict()
  .transform((q) => ({ ...q, threshold: q.threshold ?? (q.mode === "road" ? 120 : 150) }));

export type SuggestionRequest = z.infer<typeof suggestionRequestSchema>;
