import { formatInt, formatIntDelta, formatShare, formatShareDelta, formatTravel } from "@/lib/format";
import type { CoverageReportView, HorizonRow } from "@/lib/report/report-view";

type Unit = CoverageReportView["unit"];

function Kpi({ label, value, kpi, detail }: { label: string; value: string; kpi: string; detail?: string }) {
  return (
    <div className="kpi">
      <div className="label">{label}</div>
      <div className="value" data-kpi={kpi}>
        {value}
      </div>
      {detail ? <div className="report-kpi-detail">{detail}</div> : null}
    </div>
  );
}

/** The headline KPIs of the requested horizon; the share carries data-kpi="share" like the map sidebar. */
export function HeadlineKpis({ view }: { view: CoverageReportView }) {
  const h = view.headline;
  const travel = view.unit === "minutes" ? "drive time" : "distance";
  return (
    <section aria-label="Headline KPIs" className="kpis report-kpis">
      <Kpi label="Vehicles in the park" value={formatInt(h.vehicles)} kpi="vehicles" />
      <Kpi label="Covered vehicles" value={formatInt(h.coveredVehicles)} kpi="covered" />
      <Kpi label="Covered share" value={formatShare(h.shareCovered)} kpi="share" />
      <Kpi label="Uncovered vehicles" value={formatInt(h.uncoveredVehicles)} kpi="uncovered" />
      <Kpi label={`Mean ${travel}`} value={formatTravel(h.meanTravel, view.unit)} kpi="mean" detail="weighted by vehicles" />
      <Kpi label={`Worst ${travel}`} value={formatTravel(h.maxTravel, view.unit)} kpi="max" />
      <Kpi label="Service sites" value={formatInt(h.sites)} kpi="sites" />
      <Kpi label="Service bays" value={formatInt(h.bays)} kpi="bays" />
      <Kpi label="Vehicles per bay" value={formatInt(h.vehiclesPerBay)} kpi="per-bay" detail={`target ${formatInt(view.query.vehiclesPerBay)}`} />
      <Kpi
        label="Busiest site, per bay"
        value={formatInt(h.worstSite?.vehiclesPerBay)}
        kpi="worst-site"
        detail={h.worstSite ? `${h.worstSite.name}${h.overloadedSites ? ` · ${h.overloadedSites} overloaded` : ""}` : undefined}
      />
    </section>
  );
}

function cell(row: HorizonRow, value: number | null, unit: Unit) {
  if (row.kind === "share") return formatShare(value);
  if (row.kind === "travel") return formatTravel(value, unit);
  return formatInt(value);
}

// "±0" when nothing changes at the printed precision, so "no change" reads the same in every row
function deltaCell(row: HorizonRow, unit: Unit) {
  if (row.delta === null) return "–";
  if (row.kind === "share") return Math.abs(row.delta) < 0.0005 ? "±0.0 pp" : formatShareDelta(row.delta);
  if (Math.round(row.delta) === 0) return "±0";
  if (row.kind === "travel") return `${row.delta > 0 ? "+" : "−"}${formatTravel(Math.abs(row.delta), unit)}`;
  return formatIntDelta(row.delta);
}

/** Open sites only vs open + planned openings, and what the openings change. */
export function HorizonTable({ view }: { view: CoverageReportView }) {
  const until = view.query.until ? ` up to ${view.query.until}` : "";
  return (
    <table aria-label="Open sites only vs with planned openings" className="report-table report-horizons">
      <thead>
        <tr>
          <th>Metric</th>
          <th className="num">Open sites only</th>
          <th className="num">With planned openings{until}</th>
          <th className="num">Difference</th>
        </tr>
      </thead>
      <tbody>
        {view.horizonRows.map((r) => (
          <tr key={r.key} data-horizon-kpi={r.key}>
            <th scope="row">{r.label}</th>
            <td className="num">{cell(r, r.openOnly, view.unit)}</td>
            <td className="num">{cell(r, r.withPlanned, view.unit)}</td>
            <td className="num">{deltaCell(r, view.unit)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
