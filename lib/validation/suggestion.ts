import { z } from "zod";
import { DEFAULT_THRESHOLD, DEFAULT_VEHICLES_PER_BAY_TARGET } from "../coverage/types";
import { minPopulationSchema } from "./coverage-query";
import { quarterSchema } from "./dealership";
import { decimalInput } from "./numbers";

/** Body of POST /api/suggestions (and the map's "Suggest sites" panel). */
export const suggestionRequestSchema = z
  .object({
    brand: z.string({ error: "brand is required" }).trim().min(1, "brand is required"),
    count: decimalInput("count").pipe(z.number().int("count must be a whole number").min(1, "count must be at least 1").max(20, "count must be at most 20")).default(3),
    // sales: new points that sell the most against competitors (the market model; mode and threshold do not apply)
    objective: z.enum(["mclp", "pmedian", "lscp", "sales"], { error: "objective must be mclp, pmedian, lscp or sales" }).default("mclp"),
    mode: z.enum(["road", "straight"], { error: "mode must be road or straight" }).default("road"),
    threshold: decimalInput("threshold").pipe(z.number().positive("threshold must be above 0").max(3000, "threshold must be at most 3000")).optional(),
    solver: z.enum(["greedy", "exact"], { error: "solver must be greedy or exact" }).default("greedy"),
    includePlanned: z.boolean({ error: "includePlanned must be true or false" }).default(true),
    until: quarterSchema.optional(),
    year: decimalInput("year").pipe(z.number().int("year must be a whole year").min(2000, "year must be between 2000 and 2100").max(2100, "year must be between 2000 and 2100")).optional(),
    vehiclesPerBay: decimalInput("vehiclesPerBay").pipe(z.number().positive("vehiclesPerBay must be above 0").max(100000, "vehiclesPerBay must be at most 100000")).default(DEFAULT_VEHICLES_PER_BAY_TARGET),
    minPopulation: minPopulationSchema,
    candidateMinPopulation: decimalInput("candidateMinPopulation")
      .pipe(z.number().int("candidateMinPopulation must be a whole number").min(0, "candidateMinPopulation must be 0 or more"))
      .default(5000),
    // suggest on top of a named scenario's network instead of the registry's
    scenario: decimalInput("scenario").pipe(z.number().int().positive("scenario must be a scenario id")).nullish(),
    timeLimitSeconds: decimalInput("timeLimitSeconds").pipe(z.number().positive("timeLimitSeconds must be above 0").max(120, "timeLimitSeconds must be at most 120")).default(20),
    constraints: z
      .object({
        excludeCities: z.array(z.string().trim().min(1), { error: "excludeCities must be a list of city slugs" }).default([]),
        minVehicles: decimalInput("minVehicles").pipe(z.number().min(0, "minVehicles cannot be negative")).default(0),
        maxPerRegion: decimalInput("maxPerRegion").pipe(z.number().int("maxPerRegion must be a whole number").min(1, "maxPerRegion must be at least 1")).optional(),
        targetShare: decimalInput("targetShare").pipe(z.number().gt(0, "targetShare must be above 0").max(1, "targetShare is a share: at most 1")).default(0.9),
      })
      .strict()
      .default({ excludeCities: [], minVehicles: 0, targetShare: 0.9 }),
  })
  .strict()
  .transform((q) => ({ ...q, threshold: q.threshold ?? DEFAULT_THRESHOLD[q.mode] }));

export type SuggestionRequest = z.infer<typeof suggestionRequestSchema>;
