import type { ComparedScenario } from "@/db/queries/scenario-compare";
import type { CoverageTotals } from "@/lib/coverage/types";
import { formatInt, formatIntDelta, formatShare, formatShareDelta, formatTravel } from "@/lib/format";

type Unit = "minutes" | "km";

interface Kpi {
  label: string;
  value: (t: CoverageTotals, s: ComparedScenario, unit: Unit) => string;
  delta?: (t: CoverageTotals, ref: CoverageTotals, s: ComparedScenario, r: ComparedScenario, unit: Unit) => string;
}

const unitShort = (u: Unit) => (u === "minutes" ? "min" : "km");
const num = (a: number | null, b: number | null) => (a === null || b === null ? null : a - b);

const KPIS: Kpi[] = [
  { label: "Covered share", value: (t) => formatShare(t.shareCovered), delta: (t, r) => formatShareDelta(t.shareCovered - r.shareCovered) },
  { label: "Covered vehicles", value: (t) => formatInt(t.coveredVehicles), delta: (t, r) => formatIntDelta(t.coveredVehicles - r.coveredVehicles) },
  { label: "Uncovered vehicles", value: (t) => formatInt(t.uncoveredVehicles), delta: (t, r) => formatIntDelta(t.uncoveredVehicles - r.uncoveredVehicles) },
  { label: "Mean drive", value: (t, _s, u) => formatTravel(t.meanTravel, u), delta: (t, r, _s, _r, u) => `${formatIntDelta(num(t.meanTravel, r.meanTravel))} ${unitShort(u)}` },
  { label: "Worst drive", value: (t, _s, u) => formatTravel(t.maxTravel, u), delta: (t, r, _s, _r, u) => `${formatIntDelta(num(t.maxTravel, r.maxTravel))} ${unitShort(u)}` },
  { label: "Sites", value: (t) => formatInt(t.sites), delta: (t, r) => formatIntDelta(t.sites - r.sites) },
  { label: "Bays", value: (t) => formatInt(t.bays), delta: (t, r) => formatIntDelta(t.bays - r.bays) },
  { label: "Vehicles per bay", value: (t) => formatInt(t.vehiclesPerBay), delta: (t, r) => formatIntDelta(num(t.vehiclesPerBay, r.vehiclesPerBay)) },
  { label: "Capital cost", value: (_t, s) => formatInt(s.capitalCost), delta: (_t, _r, s, r) => formatIntDelta(s.capitalCost - r.capitalCost) },
];

/** Live and the scenarios side by side on the same KPIs, each with its change against the reference column. */
export function CompareTable({ scenarios, unit }: { scenarios: ComparedScenario[]; unit: Unit }) {
  const ref = scenarios.find((s) => s.id === "live") ?? scenarios[0];
  return (
    <table data-testid="compare-kpis">
      <thead>
        <tr>
          <th>KPI</th>
          {scenarios.map((s) => (
            <th key={String(s.id)} className="num">
              {s.name}
              {s.stale.length ? <span className="field-error"> ({s.stale.length} stale)</span> : null}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {KPIS.map((k) => (
          <tr key={k.label}>
            <th scope="row">{k.label}</th>
            {scenarios.map((s) => (
              <td key={String(s.id)} className="num">
                {k.value(s.totals, s, unit)}
                {s !== ref && k.delta ? <div className="muted">{k.delta(s.totals, ref.totals, s, ref, unit)}</div> : null}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Per-region covered vehicles and sites of every scenario, with the change against live. */
export function RegionDeltaTable({ scenarios }: { scenarios: ComparedScenario[] }) {
  const others = scenarios.filter((s) => s.id !== "live");
  const regions = scenarios[0]?.regions.map((r) => r.region) ?? [];
  return (
    <table data-testid="compare-regions">
      <thead>
        <tr>
          <th>Region</th>
          <th className="num">vehicles</th>
          {others.map((s) => (
            <th key={String(s.id)} className="num">
              {s.name}: covered vehicles (Δ), sites (Δ)
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {regions.map((region) => (
          <tr key={region}>
            <th scope="row">{region}</th>
            <td className="num">{formatInt(scenarios[0].regions.find((r) => r.region === region)?.vehicles)}</td>
            {others.map((s) => {
              const r = s.regions.find((x) => x.region === region);
              const cls = !r || r.deltaCoveredVehicles === 0 ? "" : r.deltaCoveredVehicles > 0 ? "delta-up" : "delta-down";
              return (
                <td key={String(s.id)} className={`num ${cls}`}>
                  {r ? `${formatInt(r.coveredVehicles)} (${formatIntDelta(r.deltaCoveredVehicles)}), ${r.sites} (${formatIntDelta(r.deltaSites)})` : "–"}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
