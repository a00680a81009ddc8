import type { CoverageTotals } from "../coverage/types";
import { toCsv, UTF8_BOM } from "../report/csv";
import type { RegionDelta } from "./compare";

/** What the comparison CSV needs of each compared network. */
export interface CsvScenario {
  id: "live" | number;
  name: string;
  totals: CoverageTotals;
  capitalCost: number;
  regions: RegionDelta[];
}

const round = (v: number | null, digits = 1) => (v === null ? "" : Number(v.toFixed(digits)));

/**
 * The comparison as CSV (UTF-8 with BOM): a parameter block, one KPI row per measure with a column per
 * network, then the per-region rows with deltas against live.
 */
export function compareCsv(scenarios: readonly CsvScenario[], parameters: Record<string, string | number | boolean | undefined>): string {
  const head = ["KPI", ...scenarios.map((s) => (s.id === "live" ? s.name : `${s.name} (#${s.id})`))];
  const kpi = (label: string, f: (t: CoverageTotals, s: CsvScenario) => string | number) => [label, ...scenarios.map((s) => f(s.totals, s))];
  const rows: (string | number)[][] = [
    ...Object.entries(parameters).filter(([, v]) => v !== undefined).map(([k, v]) => [`# ${k}`, String(v)]),
    [],
    head,
    kpi("covered share %", (t) => round(t.shareCovered * 100)),
    kpi("covered vehicles", (t) => t.coveredVehicles),
    kpi("uncovered vehicles", (t) => t.uncoveredVehicles),
    kpi("mean drive", (t) => round(t.meanTravel)),
    kpi("worst drive", (t) => round(t.maxTravel)),
    kpi("sites", (t) => t.sites),
    kpi("bays", (t) => t.bays),
    kpi("vehicles per bay", (t) => round(t.vehiclesPerBay)),
    kpi("capital cost", (_t, s) => Math.round(s.capitalCost)),
    [],
    ["scenario", "region", "vehicles", "covered vehicles", "covered share %", "sites", "bays", "delta covered vehicles", "delta covered share pp", "delta sites", "delta bays"],
  ];
  for (const s of scenarios) {
    for (const r of s.regions) {
      rows.push([s.name, r.region, r.vehicles, r.coveredVehicles, round(r.shareCovered * 100), r.sites, r.bays, r.deltaCoveredVehicles, round(r.deltaShareCovered * 100), r.deltaSites, r.deltaBays]);
    }
  }
  return UTF8_BOM + toCsv(rows);
}
