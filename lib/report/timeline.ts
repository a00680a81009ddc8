import type { CoverageResult } from "../coverage/types";
import { coverageForSites, type CoverageInputs } from "../planning/coverage-report";
import { horizonServiceSites, type CandidateServiceSite } from "../planning/horizon";
import type { CoverageQuery } from "../validation/coverage-query";
import { isPendingStatus } from "../network/statuses";

/** A site that opens at a timeline step. */
export interface TimelineOpening {
  id: number;
  name: string;
  cityId: string | null;
  bays: number;
  status: CandidateServiceSite["status"];
  plannedQuarter: string | null;
}

/** The network after one quarter's openings (or today, with open sites only). */
export interface TimelineStep {
  /** "today (open only)", "2025-Q3", or "planned (no quarter set)" */
  label: string;
  /** null for today and for planned sites without a quarter */
  quarter: string | null;
  /** sites this step adds to the previous one */
  openings: TimelineOpening[];
  sites: number;
  bays: number;
  vehicles: number;
  coveredVehicles: number;
  /** 0..1 */
  shareCovered: number;
  /** change of shareCovered from the previous step (0 for today) */
  shareDelta: number;
  /** the step lies after the report's `until` quarter (outside the headline horizon) */
  beyondUntil: boolean;
}

export const TODAY_LABEL = "today (open only)";
const UNDATED_LABEL = "planned (no quarter set)";

function opening(s: CandidateServiceSite): TimelineOpening {
  return { id: s.id, name: s.name, cityId: s.cityId, bays: s.bays, status: s.status, plannedQuarter: s.plannedQuarter };
}

/**
 * Covered share after each quarter of planned openings (shares 0..1, counts of vehicles): today's open
 * sites first, then one step per quarter with planned/under-construction sites, each counting the open
 * sites plus every opening up to that quarter. Built on the same engine and horizon rule as the report,
 * so the last step equals the "with planned openings" horizon when no `until` is set.
 */
export function coverageTimeline(inputs: CoverageInputs, query: CoverageQuery): TimelineStep[] {
  const steps: TimelineStep[] = [];
  let previous = new Set<number>();
  let previousShare = 0;

  const push = (label: string, quarter: string | null, sites: CandidateServiceSite[], result: CoverageResult) => {
    const ids = new Set(sites.map((s) => s.id));
    const share = result.totals.shareCovered;
    steps.push({
      label,
      quarter,
      // today is the baseline: it opens nothing
      openings: steps.length === 0 ? [] : sites.filter((s) => !previous.has(s.id)).map(opening),
      sites: result.totals.sites,
      bays: result.totals.bays,
      vehicles: result.totals.vehicles,
      coveredVehicles: result.totals.coveredVehicles,
      shareCovered: share,
      shareDelta: steps.length === 0 ? 0 : share - previousShare,
      beyondUntil: Boolean(query.until && quarter && quarter > query.until),
    });
    previous = ids;
    previousShare = share;
  };

  const today = horizonServiceSites(inputs.sites, { includePlanned: false });
  push(TODAY_LABEL, null, today, coverageForSites(inputs, today, query));

  const pending = inputs.sites.filter((s) => s.service && isPendingStatus(s.status));
  // "YYYY-Qn" strings sort chronologically
  const quarters = [...new Set(pending.map((s) => s.plannedQuarter).filter((q): q is string => Boolean(q)))].sort();
  for (const quarter of quarters) {
    // the horizon rule counts sites without a quarter from the first step on: the diff shows them there
    const sites = horizonServiceSites(inputs.sites, { includePlanned: true, until: quarter });
    push(quarter, quarter, sites, coverageForSites(inputs, sites, query));
  }
  if (quarters.length === 0 && pending.length > 0) {
    const sites = horizonServiceSites(inputs.sites, { includePlanned: true });
    push(UNDATED_LABEL, null, sites, coverageForSites(inputs, sites, query));
  }
  return steps;
}
