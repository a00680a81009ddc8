/**
 * `fields=` on GET /api/coverage: a caller names the parts of the answer it uses and gets only those,
 * picked from the one full answer (lib/planning/coverage-response.ts), never recomputed. Since the
 * country model the full answer is about 1 MB (one row per demand point in `cities`, `places` and
 * `inputs.demand`); the map needs a fifteenth of it per query (lib/planning/coverage-columns.ts).
 */
import { ValidationError } from "../errors";
import { cityColumnsOf, type CityColumns } from "./coverage-columns";
import type { CoverageReport } from "./coverage-report";
import { coverageResponseBody, coverageResponseInputs } from "./coverage-response";

export type FullBody = ReturnType<typeof coverageResponseBody>;
export type FullInputs = ReturnType<typeof coverageResponseInputs>;

/** The top-level parts of the default answer, each selectable by its name. */
const BODY_FIELDS = [
  "brand", "year", "years", "query", "totals", "cities", "gaps", "regions", "sites", "mode", "unit", "threshold",
  "comparison", "districts", "districtGaps", "places",
] as const satisfies readonly (keyof FullBody)[];
type BodyField = (typeof BODY_FIELDS)[number];
// a part added to the answer later must be added to the list too, or it could not be asked for
const everyBodyFieldListed: Exclude<keyof FullBody, BodyField> extends never ? true : false = true;
void everyBodyFieldListed;

/** `inputs` (all three) or one of them: the answer keeps the full answer's shape `{inputs: {...}}`. */
const INPUT_FIELDS = ["inputs", "inputs.demand", "inputs.sites", "inputs.districts"] as const;

/**
 * Parts that are not in the default answer: `cityColumns` holds the per-query half of `cities` in
 * columns (see CityColumns); `demandTag` identifies the `inputs.demand` the columns belong to.
 */
const EXTRA_FIELDS = ["cityColumns", "demandTag"] as const;

export const COVERAGE_FIELDS = [...BODY_FIELDS, ...INPUT_FIELDS, ...EXTRA_FIELDS] as const;
export type CoverageField = (typeof COVERAGE_FIELDS)[number];

/** Parses `fields=a,b,inputs.demand`: null when absent (the default answer); 400 naming `fields` for an unknown name. */
export function parseCoverageFields(value: string | null): CoverageField[] | null {
  if (value === null) return null;
  const names = [...new Set(value.split(",").map((s) => s.trim()).filter(Boolean))];
  const unknown = names.filter((n) => !(COVERAGE_FIELDS as readonly string[]).includes(n));
  if (names.length === 0 || unknown.length > 0) {
    const message = names.length === 0
      ? `fields must name at least one of: ${COVERAGE_FIELDS.join(", ")}`
      : `Unknown field${unknown.length > 1 ? "s" : ""} ${unknown.map((n) => `"${n}"`).join(", ")}; use ${COVERAGE_FIELDS.join(", ")}`;
    throw new ValidationError(message, { fields: [message] });
  }
  // in the list's order, so that the same parts asked in another order share one cached body
  return COVERAGE_FIELDS.filter((f) => names.includes(f));
}

/** The parts of the answer a `fields=` list names, each exactly as in the full answer (same objects). */
export type CoverageSelection = Partial<Omit<FullBody, "inputs">> & {
  inputs?: Partial<FullInputs>;
  cityColumns?: CityColumns;
  demandTag?: string;
};

/**
 * Picks the named parts from the full answer of `report`. `demandTag` computes the tag of the
 * report's demand points (a hash, done by the caller: lib has no crypto of its own).
 */
export function selectCoverageFields(report: CoverageReport, fields: readonly CoverageField[], demandTag: () => string): CoverageSelection {
  const body = coverageResponseBody(report);
  const inputs = coverageResponseInputs(report);
  const out: Record<string, unknown> = {};
  const picked: Partial<FullInputs> = {};
  for (const field of fields) {
    if (field === "inputs") Object.assign(picked, inputs);
    else if (field === "inputs.demand" || field === "inputs.sites" || field === "inputs.districts") {
      const key = field.slice("inputs.".length) as keyof FullInputs;
      (picked as Record<string, unknown>)[key] = inputs[key];
    } else if (field === "cityColumns") out.cityColumns = cityColumnsOf(report.coverage.cities, report.horizonSites);
    else if (field === "demandTag") out.demandTag = demandTag();
    else out[field] = body[field];
  }
  if (Object.keys(picked).length > 0) out.inputs = picked;
  return out as CoverageSelection;
}
