import { parseDealershipsCsv, parseDealershipsGeoJson } from "./dealerships-import";
import type { ImportParseResult, ImportReferences } from "./types";
import { parseVehicleParkCsv } from "./vehicle-park-csv";

/** One import to parse and validate: which table, the file text, its format, the reference lists. */
export interface ParseJob {
  kind: "vehicle-park" | "dealerships";
  format: "csv" | "geojson";
  text: string;
  refs: ImportReferences;
}

/** Parses and validates an import file (pure; runs on the request thread or in the parse worker). */
export function runParseJob(job: ParseJob): ImportParseResult<unknown> {
  if (job.kind === "vehicle-park") return parseVehicleParkCsv(job.text, job.refs);
  return job.format === "geojson" ? parseDealershipsGeoJson(job.text, job.refs) : parseDealershipsCsv(job.text, job.refs);
}
