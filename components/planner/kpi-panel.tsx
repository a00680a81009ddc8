"use client";
import { formatInt, formatIntDelta, formatShare, formatShareDelta, formatTravel } from "@/lib/format";
import type { CoverageResult, HorizonComparison } from "@/lib/coverage";
import type { DistrictGap } from "@/lib/planning/districts";

interface Props {
  label: string;
  unit: "minutes" | "km";
  threshold: number;
  totals: CoverageResult["totals"];
  /** districts ranked by uncovered vehicles, with their uncovered places */
  gaps: DistrictGap[];
  comparison: HorizonComparison | null;
  /** set while a site is being dragged: the figures are the live what-if */
  live: { ms: number } | null;
  onGapClick: (kato: string) => void;
}

/** Sidebar KPIs for the current view and the top 10 district gaps with the places inside them. */
export function KpiPanel({ label, unit, threshold, totals, gaps, comparison, live, onGapClick }: Props) {
  const limit = unit === "minutes" ? formatTravel(threshold, "minutes") : `${threshold} km`;
  return (
    <section aria-label="Coverage KPIs" className={`kpi-panel${live ? " is-live" : ""}`}>
      <h2>
        {label} · within {limit}
      </h2>
      {live ? <p className="live-note">Live what-if while dragging (recomputed in {live.ms.toFixed(1)} ms)</p> : null}
      <dl className="kpi-list">
        <div>
          <dt>Covered share</dt>
          <dd data-kpi="share">{formatShare(totals.shareCovered)}</dd>
        </div>
        <div>
          <dt>Covered vehicles</dt>
          <dd data-kpi="covered">{formatInt(totals.coveredVehicles)}</dd>
        </div>
        <div>
          <dt>Uncovered vehicles</dt>
          <dd data-kpi="uncovered">{formatInt(totals.uncoveredVehicles)}</dd>
        </div>
        <div>
          <dt>Vehicle park</dt>
          <dd data-kpi="vehicles">{formatInt(totals.vehicles)}</dd>
        </div>
        <div>
          <dt>Mean {unit === "minutes" ? "drive time" : "distance"}</dt>
          <dd data-kpi="mean">{formatTravel(totals.meanTravel, unit)}</dd>
        </div>
        <div>
          <dt>Worst {unit === "minutes" ? "drive time" : "distance"}</dt>
          <dd data-kpi="max">{formatTravel(totals.maxTravel, unit)}</dd>
        </div>
        <div>
          <dt>Service sites · bays</dt>
          <dd data-kpi="sites">
            {totals.sites} · {totals.bays}
          </dd>
        </div>
        <div>
          <dt>Vehicles per bay</dt>
          <dd data-kpi="per-bay">{formatInt(totals.vehiclesPerBay)}</dd>
        </div>
      </dl>
      {comparison ? (
        <p className="note" data-kpi="planned-effect">
          Planned openings: {formatShareDelta(comparison.shareCovered.delta)} covered share (
          {formatIntDelta(comparison.coveredVehicles.delta)} vehicles), from {formatShare(comparison.shareCovered.before)} with open
          sites only.
        </p>
      ) : null}
      <h3>Top gaps (districts)</h3>
      {gaps.length === 0 ? (
        <p className="note">Every district&apos;s vehicles are covered.</p>
      ) : (
        <ol className="gap-list" aria-label="Top coverage gaps">
          {gaps.slice(0, 10).map((g) => (
            <li key={g.kato}>
              <button type="button" className="link" onClick={() => onGapClick(g.kato)} data-gap={g.kato}>
                {g.name}
              </button>{" "}
              <span className="muted">{g.region}</span> <span className="uncovered">{formatInt(g.uncoveredVehicles)}</span>
              <span className="muted gap-places">
                {" "}
                ·{" "}
                {g.places
                  .slice(0, 3)
                  .map((p) => `${p.name} ${formatInt(p.vehicles)} (${formatTravel(p.travel, unit)})`)
                  .join(", ")}
                {g.places.length > 3 ? ` +${g.places.length - 3} more` : ""}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
