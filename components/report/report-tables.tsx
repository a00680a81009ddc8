import { formatInt, formatShare, formatShareDelta, formatTravel } from "@/lib/format";
import { STATUS_LABEL } from "@/lib/network/statuses";
import type { CoverageReportView } from "@/lib/report/report-view";

/** Per region: vehicles, covered share, sites, bays, vehicles per bay and the largest gap city. */
export function RegionTable({ view }: { view: CoverageReportView }) {
  return (
    <table aria-label="Coverage by region" className="report-table">
      <thead>
        <tr>
          <th>Region</th>
          <th className="num">Vehicles</th>
          <th className="num">Covered share</th>
          <th className="num">Sites</th>
          <th className="num">Bays</th>
          <th className="num">Vehicles per bay</th>
          <th>Largest gap (uncovered vehicles)</th>
        </tr>
      </thead>
      <tbody>
        {view.regions.map((r) => (
          <tr key={r.region} data-region={r.region}>
            <th scope="row">{r.region}</th>
            <td className="num">{formatInt(r.vehicles)}</td>
            <td className={`num ${r.shareCovered < 1 && r.vehicles > 0 ? "uncovered" : ""}`}>{formatShare(r.shareCovered)}</td>
            <td className="num">{r.sites}</td>
            <td className="num">{r.bays}</td>
            <td className={`num ${r.vehiclesPerBay !== null && r.vehiclesPerBay > view.query.vehiclesPerBay ? "uncovered" : ""}`}>
              {formatInt(r.vehiclesPerBay)}
            </td>
            <td>{r.largestGapCityName ? `${r.largestGapCityName} (${formatInt(r.largestGapUncovered)})` : <span className="muted">none</span>}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Uncovered cities ranked by uncovered vehicles, with the nearest site and how far it is. */
export function GapTable({ view }: { view: CoverageReportView }) {
  if (view.gaps.length === 0) return <p className="note">Every city with vehicles is covered within the threshold.</p>;
  // in straight mode the travel already is km: a second km column would repeat it
  const road = view.unit === "minutes";
  return (
    <table aria-label="Coverage gaps" className="report-table">
      <thead>
        <tr>
          <th className="num">#</th>
          <th>City</th>
          <th>Region</th>
          <th className="num">Uncovered vehicles</th>
          <th>Nearest service site</th>
          <th className="num">{road ? "Drive time" : "Distance"}</th>
          {road ? <th className="num">Road km</th> : null}
        </tr>
      </thead>
      <tbody>
        {view.gaps.map((g, i) => (
          <tr key={g.cityId} data-gap={g.cityId}>
            <td className="num">{i + 1}</td>
            <th scope="row">{g.name}</th>
            <td>{g.region}</td>
            <td className="num uncovered">{formatInt(g.uncoveredVehicles)}</td>
            <td>{g.nearestSiteName ?? <span className="muted">none reachable</span>}</td>
            <td className="num">{formatTravel(g.travel, view.unit)}</td>
            {road ? <td className="num">{g.km === null ? "–" : formatInt(g.km)}</td> : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Each service site with the vehicles in its catchment, its load per bay and an overload flag. */
export function SiteTable({ view }: { view: CoverageReportView }) {
  const target = view.query.vehiclesPerBay;
  return (
    <table aria-label="Service sites" className="report-table">
      <thead>
        <tr>
          <th>Site</th>
          <th>Status</th>
          <th>Region</th>
          <th className="num">Bays</th>
          <th className="num">Vehicles in catchment</th>
          <th className="num">Covered vehicles served</th>
          <th className="num">Vehicles per bay</th>
          <th>Load vs target {formatInt(target)}</th>
        </tr>
      </thead>
      <tbody>
        {view.sites.map((s) => (
          <tr key={s.id} data-site={s.id} data-overloaded={s.overloaded}>
            <th scope="row">{s.name}</th>
            <td className="report-nowrap">
              {s.status ? <span className={`badge ${s.status}`}>{STATUS_LABEL[s.status]}</span> : null}
              {s.status !== "open" && s.plannedQuarter ? ` ${s.plannedQuarter}` : ""}
            </td>
            <td>{s.region ?? "–"}</td>
            <td className="num">{s.bays}</td>
            <td className="num">{formatInt(s.vehiclesInCatchment)}</td>
            <td className="num">{formatInt(s.vehiclesServed)}</td>
            <td className={`num ${s.overloaded ? "uncovered" : ""}`}>{formatInt(s.vehiclesPerBay)}</td>
            <td>{s.overloaded ? <strong className="uncovered">overloaded</strong> : <span className="covered">within target</span>}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Planned openings by quarter and the covered share after each. */
export function TimelineTable({ view }: { view: CoverageReportView }) {
  return (
    <table aria-label="Planned openings by quarter" className="report-table report-timeline">
      <thead>
        <tr>
          <th>After</th>
          <th>Openings</th>
          <th className="num">Sites</th>
          <th className="num">Bays</th>
          <th className="num">Covered vehicles</th>
          <th className="num">Covered share</th>
          <th className="num">Change</th>
        </tr>
      </thead>
      <tbody>
        {view.timeline.map((s) => (
          <tr key={s.label} data-step={s.quarter ?? s.label} className={s.beyondUntil ? "report-beyond" : undefined}>
            <th scope="row">
              {s.label}
              {s.beyondUntil ? <span className="muted"> (after {view.query.until})</span> : null}
            </th>
            <td>
              {s.openings.length
                ? s.openings.map((o) => `${o.name} (${o.bays} bays${o.status === "under_construction" ? ", under construction" : ""})`).join("; ")
                : <span className="muted">–</span>}
            </td>
            <td className="num">{s.sites}</td>
            <td className="num">{s.bays}</td>
            <td className="num">{formatInt(s.coveredVehicles)}</td>
            <td className="num">{formatShare(s.shareCovered)}</td>
            <td className="num">{s.label === view.timeline[0]?.label ? "" : Math.abs(s.shareDelta) < 0.0005 ? "±0.0 pp" : formatShareDelta(s.shareDelta)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
