import type { CoverageResult } from "../coverage/types";

/** A site that is not open yet, with its target quarter. */
export interface PendingSite {
  id: number;
  name: string;
  cityName: string;
  status: "open" | "planned" | "under_construction" | "closed";
  plannedQuarter: string | null;
}

/** What a planner should look at first for one brand selection. */
export interface Attention {
  /** sites serving more vehicles per bay than the target, worst first */
  overloaded: CoverageResult["sites"];
  /** the largest coverage gaps */
  gaps: CoverageResult["gaps"];
  /** planned or under-construction sites due this quarter or already late, earliest first */
  due: (PendingSite & { late: boolean })[];
}

/** The overloaded sites, top gaps and openings due by `thisQuarter` ("2026-Q4"). */
export function needsAttention(coverage: Pick<CoverageResult, "sites" | "gaps">, sites: readonly PendingSite[], thisQuarter: string, topGaps = 5): Attention {
  const overloaded = coverage.sites.filter((s) => s.overloaded).sort((a, b) => (b.vehiclesPerBay ?? Infinity) - (a.vehiclesPerBay ?? Infinity));
  const due = sites
    .filter((s) => (s.status === "planned" || s.status === "under_construction") && s.plannedQuarter !== null && s.plannedQuarter <= thisQuarter)
    .map((s) => ({ ...s, late: s.plannedQuarter! < thisQuarter }))
    .sort((a, b) => a.plannedQuarter!.localeCompare(b.plannedQuarter!) || a.name.localeCompare(b.name));
  return { overloaded, gaps: coverage.gaps.slice(0, topGaps), due };
}
