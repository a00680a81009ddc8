import { z } from "zod";
import { pointDistance, type Metric } from "./coverage-geo";
import { OptimizeInputError } from "./errors";
import type { Instance, OptimizeOptions } from "./types";

// The JSON instance file read by `npm run optimize` (format: docs/optimize.md).

const NON_NEG = "expected a non-negative number";
const nonNegative = () => z.number({ error: NON_NEG }).nonnegative({ error: NON_NEG });
const POSITIVE = "expected a positive number";
const positive = () => z.number({ error: POSITIVE }).positive({ error: POSITIVE });
const coordinate = (min: number, max: number) =>
  z.number({ error: `expected a number in [${min}, ${max}]` }).min(min, { error: `expected a number in [${min}, ${max}]` }).max(max, { error: `expected a number in [${min}, ${max}]` });
const id = () => z.string({ error: "expected a non-empty string" }).min(1, { error: "expected a non-empty string" });
const count = () => z.number({ error: "expected a non-negative integer" }).int({ error: "expected a non-negative integer" }).nonnegative({ error: "expected a non-negative integer" });

const located = {
  lat: coordinate(-90, 90).optional(),
  lng: coordinate(-180, 180).optional(),
  x: z.number({ error: "expected a number" }).optional(),
  y: z.number({ error: "expected a number" }).optional(),
};

const demandSchema = z.object({ id: id(), weight: nonNegative(), ...located });
const candidateSchema = z.object({
  id: id(),
  fixed: z.boolean({ error: "expected true or false" }).optional(),
  group: z.string({ error: "expected a string" }).optional(),
  ...located,
});

const fileSchema = z
  .object({
    objective: z.enum(["mclp", "pmedian", "lscp", "sales"], { error: "expected mclp, pmedian, lscp or sales" }).optional(),
    p: count().optional(),
    threshold: nonNegative().optional(),
    target: z.number({ error: "expected a share in (0, 1]" }).gt(0, { error: "expected a share in (0, 1]" }).lte(1, { error: "expected a share in (0, 1]" }).optional(),
    metric: z.enum(["haversine-km", "euclidean"], { error: "expected haversine-km or euclidean" }).optional(),
    demand: z.array(demandSchema, { error: "expected an array of demand points" }).min(1, { error: "expected at least one demand point" }),
    candidates: z.array(candidateSchema, { error: "expected an array of candidates" }).min(1, { error: "expected at least one candidate" }),
    // null = unreachable (JSON has no Infinity)
    costs: z.array(z.array(nonNegative().nullable(), { error: "expected an array of costs" }), { error: "expected an array of rows" }).optional(),
    // sales: travel to each competing facility (one row per demand point), the utility's cost coefficient, attractiveness
    competitorCosts: z.array(z.array(nonNegative().nullable(), { error: "expected an array of costs" }), { error: "expected an array of rows" }).optional(),
    lambda: nonNegative().optional(),
    attractiveness: z.array(positive(), { error: "expected an array of positive numbers" }).optional(),
    competitorAttractiveness: z.array(positive(), { error: "expected an array of positive numbers" }).optional(),
    excludeCandidateIds: z.array(id(), { error: "expected an array of candidate ids" }).optional(),
    minGain: nonNegative().optional(),
    maxPerGroup: z.union([count(), z.record(z.string(), count())], { error: "expected a non-negative integer or { group: integer }" }).optional(),
  })
  .superRefine((file, ctx) => {
    const issue = (path: PropertyKey[], message: string) => ctx.addIssue({ code: "custom", path, message });
    for (const [key, list] of [["demand", file.demand], ["candidates", file.candidates]] as const) {
      const seen = new Set<string>();
      list.forEach((pt, k) => {
        if (seen.has(pt.id)) issue([key, k, "id"], `duplicate id "${pt.id}"`);
        seen.add(pt.id);
      });
    }
    if (file.attractiveness && file.attractiveness.length !== file.candidates.length) {
      issue(["attractiveness"], `expected ${file.candidates.length} entries (one per candidate), got ${file.attractiveness.length}`);
    }
    if (file.competitorCosts) {
      const width = file.competitorCosts[0]?.length ?? 0;
      if (file.competitorCosts.length !== file.demand.length) issue(["competitorCosts"], `expected ${file.demand.length} rows (one per demand point), got ${file.competitorCosts.length}`);
      file.competitorCosts.forEach((row, i) => {
        if (row.length !== width) issue(["competitorCosts", i], `expected ${width} entries (one per competitor, as in row 0), got ${row.length}`);
      });
      if (file.competitorAttractiveness && file.competitorAttractiveness.length !== width) {
        issue(["competitorAttractiveness"], `expected ${width} entries (one per competitor), got ${file.competitorAttractiveness.length}`);
      }
    } else if (file.competitorAttractiveness) issue(["competitorAttractiveness"], 'needs "competitorCosts"');
    if (file.maxPerGroup !== undefined && !file.candidates.some((c) => c.group)) issue(["maxPerGroup"], 'needs a "group" on the candidates');
    if (file.costs && file.metric) issue(["metric"], "give either costs or coordinates with a metric, not both");
    else if (file.costs) {
      if (file.costs.length !== file.demand.length) issue(["costs"], `expected ${file.demand.length} rows (one per demand point), got ${file.costs.length}`);
      file.costs.forEach((row, i) => {
        if (row.length !== file.candidates.length) issue(["costs", i], `expected ${file.candidates.length} entries (one per candidate), got ${row.length}`);
      });
    } else if (file.metric) {
      const [a, b] = file.metric === "haversine-km" ? (["lat", "lng"] as const) : (["x", "y"] as const);
      for (const [key, list] of [["demand", file.demand], ["candidates", file.candidates]] as const) {
        list.forEach((pt, k) => {
          for (const axis of [a, b]) if (pt[axis] === undefined) issue([key, k, axis], `required when metric is ${file.metric}`);
        });
      }
    } else issue(["costs"], 'required (or give coordinates and "metric": "haversine-km" | "euclidean")');
  });

export type InstanceFile = z.infer<typeof fileSchema>;

export interface ParsedInstanceFile {
  instance: Instance;
  /** Parameters and constraints found in the file (objective, p, threshold, target, ...). */
  options: Partial<OptimizeOptions>;
  metric: Metric | null;
}

/** Zod path as written in messages: demand[3].weight. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((out, key) => (typeof key === "number" ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), "") || "file";
}

/** Validates a parsed JSON instance file and builds the dense instance (costs from coordinates when given); throws OptimizeInputError naming the path. */
export function parseInstanceFile(json: unknown): ParsedInstanceFile {
  const parsed = fileSchema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new OptimizeInputError(formatPath(first.path), first.message);
  }
  const file = parsed.data;
  const n = file.demand.length;
  const m = file.candidates.length;
  const costs = new Float64Array(n * m);
  const metric = file.costs ? null : (file.metric ?? null);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      if (file.costs) costs[i * m + j] = file.costs[i][j] ?? Infinity;
      else {
        const d = file.demand[i];
        const c = file.candidates[j];
        costs[i * m + j] = metric === "haversine-km" ? pointDistance("haversine-km", d.lng!, d.lat!, c.lng!, c.lat!) : pointDistance("euclidean", d.x!, d.y!, c.x!, c.y!);
      }
    }
  }
  const instance: Instance = {
    demandIds: file.demand.map((d) => d.id),
    weights: file.demand.map((d) => d.weight),
    candidateIds: file.candidates.map((c) => c.id),
    fixed: file.candidates.map((c) => c.fixed ?? false),
    costs,
  };
  if (file.competitorCosts) {
    const width = file.competitorCosts[0]?.length ?? 0;
    instance.competitorCosts = Float64Array.from(file.competitorCosts.flatMap((row) => row.map((c) => c ?? Infinity)));
    if (file.competitorAttractiveness) instance.competitorAttractiveness = file.competitorAttractiveness;
    if (instance.competitorCosts.length !== n * width) throw new OptimizeInputError("competitorCosts", "expected rows of equal length");
  }
  if (file.attractiveness) instance.attractiveness = file.attractiveness;
  const options: Partial<OptimizeOptions> = {};
  if (file.objective !== undefined) options.objective = file.objective;
  if (file.p !== undefined) options.p = file.p;
  if (file.threshold !== undefined) options.threshold = file.threshold;
  if (file.target !== undefined) options.target = file.target;
  if (file.lambda !== undefined) options.lambda = file.lambda;
  if (file.excludeCandidateIds !== undefined) options.excludeCandidateIds = file.excludeCandidateIds;
  if (file.minGain !== undefined) options.minGain = file.minGain;
  if (file.maxPerGroup !== undefined) options.maxPerGroup = file.maxPerGroup;
  if (file.candidates.some((c) => c.group !== undefined)) options.candidateGroups = file.candidates.map((c) => c.group ?? "");
  return { instance, options, metric };
}

/** Parses JSON text then validates it (see parseInstanceFile); bad JSON is an OptimizeInputError on "file". */
export function parseInstanceText(text: string): ParsedInstanceFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new OptimizeInputError("file", `not valid JSON (${(e as Error).message})`);
  }
  return parseInstanceFile(json);
}
