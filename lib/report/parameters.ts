import type { CoverageReport } from "../planning/coverage-report";

/** One named report parameter, as the exports print it. */
export interface ReportParameter {
  key: string;
  value: string | number | boolean;
}

/** The calendar date (UTC) an export was made: "2025-07-14". */
export function isoDate(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** What a report was computed for, so an exported file explains itself when forwarded. */
export function reportParameters(report: Pick<CoverageReport, "brand" | "year" | "query" | "coverage">, generatedOn: string): ReportParameter[] {
  const q = report.query;
  return [
    { key: "brand", value: report.brand.slug },
    { key: "brand_label", value: report.brand.label },
    { key: "year", value: report.year },
    { key: "mode", value: q.mode },
    { key: "threshold", value: q.threshold },
    { key: "unit", value: report.coverage.unit },
    { key: "include_planned", value: q.includePlanned },
    // "all" rather than blank: an empty cell reads like a missing value
    { key: "until", value: q.includePlanned ? (q.until ?? "all") : "" },
    { key: "vehicles_per_bay_target", value: q.vehiclesPerBay },
    { key: "generated", value: generatedOn },
  ];
}

/** A download file name such as "coverage-great-wall-2025-07-14.csv" (slug reduced to safe characters). */
export function exportFileName(brandSlug: string, generatedOn: string, extension: "csv" | "geojson"): string {
  const safe = brandSlug.toLowerCase().replace(/[^a-z0-9-]+/g, "-").replace(/^-+|-+$/g, "") || "brand";
  return `coverage-${safe}-${generatedOn}.${extension}`;
}
