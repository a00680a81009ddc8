import { buildCoverageReport, type CoverageReport } from "@/lib/planning/coverage-report";
import type { CoverageQuery } from "@/lib/validation/coverage-query";
import type { Db } from "../connection";
import { loadCoverageInputs } from "./coverage-inputs";

/** The coverage report for a parsed query: the one function behind the API, map, report and exports. */
export function getCoverageReport(db: Db, query: CoverageQuery): CoverageReport {
  return buildCoverageReport(loadCoverageInputs(db, { brand: query.brand, year: query.year, scenario: query.scenario }), query);
}
