import type { CoverageMapProps, MapCity, MapSite } from "@/components/map";
import { formatInt, formatShareDelta, formatTravel } from "@/lib/format";
import type { CoverageReportView } from "@/lib/report/report-view";
import { CityTable } from "./city-table";
import { PrintButton } from "./print-button";
import { RegionShareChart, TimelineChart } from "./report-charts";
import { HeadlineKpis, ScenarioTable } from "./report-kpis";
import { ReportMap } from "./report-map";
import { GapTable, RegionTable, SiteTable, TimelineTable } from "./report-tables";

interface Props {
  view: CoverageReportView;
  generatedOn: string;
  csvHref: string;
  geojsonHref: string;
  mapHref: string;
  map: { cities: MapCity[]; sites: MapSite[]; reach: CoverageMapProps["reach"]; tileUrl: string };
}

/** What the report is about, in one line a manager can read. */
function scope(view: CoverageReportView): string {
  const q = view.query;
  const limit = view.unit === "minutes" ? `${formatTravel(q.threshold, "minutes")} by road` : `${formatInt(q.threshold)} km in a straight line`;
  const sites = q.includePlanned ? `open sites + planned openings${q.until ? ` up to ${q.until}` : " (all quarters)"}` : "open sites only";
  return `Vehicle park ${view.year} · covered within ${limit} · ${sites} · target ${formatInt(q.vehiclesPerBay)} vehicles per bay`;
}

/** The report itself: KPIs, scenario comparison, charts, map and tables, with the export and print buttons. */
export function CoverageReportBody({ view, generatedOn, csvHref, geojsonHref, mapHref, map }: Props) {
  const planned = view.comparison;
  return (
    <article className="report-body" aria-label="Coverage report">
      <header className="report-head">
        <div>
          <h1>Coverage report: {view.brand.label}</h1>
          <p className="report-scope">
            {scope(view)} · generated {generatedOn}
          </p>
        </div>
        <div className="report-actions">
          <a className="report-button" href={csvHref} download>
            Download CSV
          </a>
          <a className="report-button" href={`${csvHref}${csvHref.includes("?") ? "&" : "?"}sep=semicolon`} download title="Semicolons and decimal commas, as Excel in a Russian locale expects">
            CSV for Excel (;)
          </a>
          <a className="report-button" href={geojsonHref} download>
            Download GeoJSON
          </a>
          <PrintButton />
          <a className="report-link" href={mapHref}>
            Open on the map
          </a>
        </div>
      </header>

      <HeadlineKpis view={view} />
      <p className="note report-summary">
        Planned openings {planned.shareCovered.delta === 0 ? "leave the covered share unchanged" : `change the covered share by ${formatShareDelta(planned.shareCovered.delta)}`}{" "}
        ({formatInt(planned.coveredVehicles.before)} → {formatInt(planned.coveredVehicles.after)} covered vehicles). Vehicles per bay counts the
        whole park over all bays; a site&apos;s load counts the covered vehicles of the cities nearest to it.
      </p>

      <section className="report-section">
        <h2>Open sites only vs with planned openings</h2>
        <ScenarioTable view={view} />
      </section>

      <div className="report-grid">
        <RegionShareChart regions={view.regions.map((r) => ({ region: r.region, share: r.shareCovered, vehicles: r.vehicles }))} />
        <TimelineChart steps={view.timeline.map((s) => ({ label: s.label, share: s.shareCovered }))} />
      </div>

      <section className="report-section">
        <h2>Planned openings by quarter</h2>
        <TimelineTable view={view} />
      </section>

      <section className="report-section report-map-section">
        <h2>Coverage map</h2>
        <p className="note">Green circles: covered cities; red dashed: uncovered (size: vehicle park). Blue: the area each service site reaches.</p>
        <ReportMap cities={map.cities} sites={map.sites} reach={map.reach} tileUrl={map.tileUrl} />
      </section>

      <section className="report-section">
        <h2>By region</h2>
        <RegionTable view={view} />
      </section>

      <section className="report-section">
        <h2>Largest coverage gaps</h2>
        <GapTable view={view} />
      </section>

      <section className="report-section">
        <h2>Service sites and load</h2>
        <SiteTable view={view} />
      </section>

      <section className="report-section">
        <h2>By city</h2>
        <p className="note report-screen-only">Click a column header to sort.</p>
        <CityTable cities={view.cities} unit={view.unit} />
      </section>
    </article>
  );
}
