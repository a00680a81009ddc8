import { parseDealershipsCsv, parseDealershipsGeoJson } from "./dealerships-import";
import type { ImportParseResult, ImportReferences } from "./types";
import { parseVehicleParkCsv } from "./vehicle-park-csv";

/**
 * One import to parse and validate: which table, the file as UTF-8 bytes (handed to the worker
 * without a copy) or as text, its format, the reference lists.
 */
export interface ParseJob {
  kind: "vehicle-park" | "sales" | "dealerships";
  format: "csv" | "geojson";
  body: Uint8Array | string;
  refs: ImportReferences;
}

/** Parses and validates an import file (pure; runs on the request thread or in the parse worker). */
export function runParseJob(job: ParseJob): ImportParseResult<unknown> {
  const text = typeof job.body === "string" ? job.body : new TextDecoder("utf-8").decode(job.body);
  // sales have the vehicle park's columns (city, brand, year, vehicles): one parser serves both
  if (job.kind === "vehicle-park" || job.kind === "sales") return parseVehicleParkCsv(text, job.refs);
  return job.format === "geojson" ? parseDealershipsGeoJson(text, job.refs) : parseDealershipsCsv(text, job.refs);
}
