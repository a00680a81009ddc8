import { z } from "zod";
import { DEFAULT_THRESHOLD, DEFAULT_VEHICLES_PER_BAY_TARGET } from "../coverage/types";
import { quarterSchema } from "./dealership";
import { decimalInput } from "./numbers";

const boolParam = z
  .enum(["true", "false", "1", "0"], { error: "Use true or false" })
  .transform((v) => v === "true" || v === "1");

/** Places from this many inhabitants are demand points of their own; absent = the server default (1,000). */
export const minPopulationSchema = decimalInput("minPopulation")
  .pipe(z.number().int("minPopulation must be a whole number").min(0, "minPopulation must be 0 or more").max(10_000_000, "minPopulation must be at most 10,000,000"))
  .optional();


/** Query string of /api/coverage, the report and the exports (all strings in, typed out). */
export const coverageQuerySchema = z
  .object({
    brand: z.string({ error: "brand is required" }).trim().min(1, "brand is required"),
    mode: z.enum(["road", "straight"], { error: "mode must be road or straight" }).default("road"),
    threshold: decimalInput("threshold")
      .pipe(z.number().positive("threshold must be above 0").max(3000, "threshold must be at most 3000 (minutes or km)"))
      .optional(),
    includePlanned: boolParam.default(false),
    until: quarterSchema.optional(),
    year: decimalInput("year").pipe(z.number().int("year must be a whole year").min(2000).max(2100)).optional(),
    vehiclesPerBay: decimalInput("vehiclesPerBay").pipe(z.number().positive("vehiclesPerBay must be above 0").max(100000)).default(DEFAULT_VEHICLES_PER_BAY_TARGET),
    minPopulation: minPopulationSchema,
    // a named scenario replayed over the registry; absent or "live" = the registry itself
    scenario: z
      .union([z.literal("live").transform(() => undefined), decimalInput("scenario").pipe(z.number().int().positive("scenario must be a scenario id"))])
      .optional(),
  })
  .transform((q) => ({ ...q, threshold: q.threshold ?? DEFAULT_THRESHOLD[q.mode] }));

export type CoverageQuery = z.infer<typeof coverageQuerySchema>;

/** Parses URLSearchParams (or a plain record) into the coverage query; empty values count as absent. */
export function coverageQueryFromParams(params: URLSearchParams | Record<string, string | string[] | undefined>) {
  const record: Record<string, string> = {};
  const entries = params instanceof URLSearchParams ? [...params.entries()] : Object.entries(params);
  for (const [k, v] of entries) {
    const value = Array.isArray(v) ? v[0] : v;
    if (value !== undefined && value !== "") record[k] = value;
  }
  return record;
}

/** The query as URL parameters, for links between the map, the report and the exports. */
export function coverageQueryToSearch(q: CoverageQuery): string {
  const p = new URLSearchParams({ brand: q.brand, mode: q.mode, threshold: String(q.threshold), includePlanned: String(q.includePlanned) });
  if (q.until) p.set("until", q.until);
  if (q.year) p.set("year", String(q.year));
  if (q.vehiclesPerBay !== DEFAULT_VEHICLES_PER_BAY_TARGET) p.set("vehiclesPerBay", String(q.vehiclesPerBay));
  if (q.minPopulation !== undefined) p.set("minPopulation", String(q.minPopulation));
  if (q.scenario) p.set("scenario", String(q.scenario));
  return p.toString();
}
