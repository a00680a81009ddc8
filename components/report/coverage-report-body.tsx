import type { CoverageMapProps, MapCity, MapSite } from "@/components/map";
import { formatInt, formatShareDelta, formatTravel } from "@/lib/format";
import type { CoverageReportView } from "@/lib/report/report-view";
import { CityTable } from "./city-table";
import { PrintButton } from "./print-button";
import { RegionShareChart, TimelineChart } from "./lazy-charts";
import { HeadlineKpis, HorizonTable } from "./report-kpis";
import { ReportMap } from "./report-map";
import { GapTable, RegionTable, SiteTable, TimelineTable } from "./report-tables";
import type { DistrictGap } from "@/lib/planning/districts";

interface Props {
  view: CoverageReportView;
  generatedOn: string;
  csvHref: string;
  geojsonHref: string;
  mapHref: string;
  map: { cities: MapCity[]; sites: MapSite[]; reach: CoverageMapProps["reach"]; tileUrl: string };
  /** districts ranked by uncovered vehicles (the country model's gaps) */
  districtGaps?: DistrictGap[];
}

/** Rows of the printed city table: the country model has ~1,300 demand points, too many for A4 pages. */
export const REPORT_CITY_ROWS = 200;

/** Credits of the place and district data, shown wherever the data appears (ODbL, CC BY 4.0). */
export const DATA_CREDITS =
  "Places: © OpenStreetMap contributors, ODbL 1.0 (this report's figures are derived from it and are ODbL too). District boundaries: geokz (A. Rodionov), CC BY 4.0. Map base: Natural Earth.";

/** What the report is about, in one line a manager can read. */
function scope(view: CoverageReportView): string {
  const q = view.query;
  const limit = view.unit === "minutes" ? `${formatTravel(q.threshold, "minutes")} by road` : `${formatInt(q.threshold)} km in a straight line`;
  const sites = q.includePlanned ? `open sites + planned openings${q.until ? ` up to ${q.until}` : " (all quarters)"}` : "open sites only";
  return `Vehicle park ${view.year} · covered within ${limit} · ${sites} · target ${formatInt(q.vehiclesPerBay)} vehicles per bay`;
}

/** The report itself: KPIs, open-only vs with-planned comparison, charts, map and tables, with the export and print buttons. */
export function CoverageReportBody({ view, generatedOn, csvHref, geojsonHref, mapHref, map, districtGaps }: Props) {
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
        <HorizonTable view={view} />
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

      {districtGaps ? (
        <section className="report-section">
          <h2>Largest gaps by district</h2>
          <table aria-label="Largest gaps by district">
            <thead>
              <tr>
                <th>District</th>
                <th>Region</th>
                <th className="num">Uncovered vehicles</th>
                <th className="num">Covered share</th>
                <th>Uncovered places (vehicles)</th>
              </tr>
            </thead>
            <tbody>
              {districtGaps.slice(0, 15).map((g) => (
                <tr key={g.kato} data-district={g.kato}>
                  <th scope="row">{g.name}</th>
                  <td>{g.region}</td>
                  <td className="num">{formatInt(g.uncoveredVehicles)}</td>
                  <td className="num">{(100 * g.shareCovered).toFixed(1)} %</td>
                  <td>
                    {g.places
                      .slice(0, 4)
                      .map((p) => `${p.name} (${formatInt(p.vehicles)})`)
                      .join(", ")}
                    {g.places.length > 4 ? `, +${g.places.length - 4} more` : ""}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}

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
        {view.cities.length > REPORT_CITY_ROWS ? (
          <p className="note" data-testid="city-table-scope">
            The {REPORT_CITY_ROWS} places with the most vehicles; all {formatInt(view.cities.length)} demand points are in the CSV
            and GeoJSON downloads.
          </p>
        ) : null}
        <CityTable cities={[...view.cities].sort((a, b) => b.vehicles - a.vehicles).slice(0, REPORT_CITY_ROWS)} unit={view.unit} />
      </section>
      <footer className="report-footer note" data-testid="report-credits">
        {DATA_CREDITS}
      </footer>
    </article>
  );
}
