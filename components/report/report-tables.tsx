import { formatInt, formatShare, formatShareDelta, formatTravel } from "@/lib/format";
import { useLocale, useTranslations } from "next-intl";
import type { Locale } from "@/lib/i18n/locales";
import { useSiteLabels } from "@/components/ui/site-labels";
import { TODAY_LABEL } from "@/lib/report/timeline";
import { noShareChange } from "./report-kpis";
import type { CoverageReportView } from "@/lib/report/report-view";

/** Per region: vehicles, covered share, sites, bays, vehicles per bay and the largest gap city. */
export function RegionTable({ view }: { view: CoverageReportView }) {
  const t = useTranslations("report");
  const locale = useLocale() as Locale;
  return (
    <table aria-label={t("regionTable")} className="report-table">
      <thead>
        <tr>
          <th>{t("col.region")}</th>
          <th className="num">{t("col.vehicles")}</th>
          <th className="num">{t("col.share")}</th>
          <th className="num">{t("col.sites")}</th>
          <th className="num">{t("col.bays")}</th>
          <th className="num">{t("col.perBay")}</th>
          <th>{t("col.largestGap")}</th>
        </tr>
      </thead>
      <tbody>
        {view.regions.map((r) => (
          <tr key={r.region} data-region={r.region}>
            <th scope="row">{r.region}</th>
            <td className="num">{formatInt(r.vehicles, locale)}</td>
            <td className={`num ${r.shareCovered < 1 && r.vehicles > 0 ? "uncovered" : ""}`}>{formatShare(r.shareCovered, locale)}</td>
            <td className="num">{r.sites}</td>
            <td className="num">{r.bays}</td>
            <td className={`num ${r.vehiclesPerBay !== null && r.vehiclesPerBay > view.query.vehiclesPerBay ? "uncovered" : ""}`}>
              {formatInt(r.vehiclesPerBay, locale)}
            </td>
            <td>{r.largestGapCityName ? `${r.largestGapCityName} (${formatInt(r.largestGapUncovered, locale)})` : <span className="muted">{t("none")}</span>}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Uncovered cities ranked by uncovered vehicles, with the nearest site and how far it is. */
export function GapTable({ view }: { view: CoverageReportView }) {
  const t = useTranslations("report");
  const locale = useLocale() as Locale;
  if (view.gaps.length === 0) return <p className="note">{t("noGaps")}</p>;
  // in straight mode the travel already is km: a second km column would repeat it
  const road = view.unit === "minutes";
  return (
    <table aria-label={t("gapTable")} className="report-table">
      <thead>
        <tr>
          <th className="num">#</th>
          <th>{t("col.city")}</th>
          <th>{t("col.region")}</th>
          <th className="num">{t("col.uncovered")}</th>
          <th>{t("col.nearestSite")}</th>
          <th className="num">{road ? t("col.driveTime") : t("col.distance")}</th>
          {road ? <th className="num">{t("col.roadKm")}</th> : null}
        </tr>
      </thead>
      <tbody>
        {view.gaps.map((g, i) => (
          <tr key={g.cityId} data-gap={g.cityId}>
            <td className="num">{i + 1}</td>
            <th scope="row">{g.name}</th>
            <td>{g.region}</td>
            <td className="num uncovered">{formatInt(g.uncoveredVehicles, locale)}</td>
            <td>{g.nearestSiteName ?? <span className="muted">{t("noneReachable")}</span>}</td>
            <td className="num">{formatTravel(g.travel, view.unit, locale)}</td>
            {road ? <td className="num">{g.km === null ? "–" : formatInt(g.km, locale)}</td> : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Each service site with the vehicles in its catchment, its load per bay and an overload flag. */
export function SiteTable({ view }: { view: CoverageReportView }) {
  const t = useTranslations("report");
  const locale = useLocale() as Locale;
  const labels = useSiteLabels();
  const target = view.query.vehiclesPerBay;
  return (
    <table aria-label={t("siteTable")} className="report-table">
      <thead>
        <tr>
          <th>{t("col.site")}</th>
          <th>{t("col.status")}</th>
          <th>{t("col.region")}</th>
          <th className="num">{t("col.bays")}</th>
          <th className="num">{t("col.catchment")}</th>
          <th className="num">{t("col.served")}</th>
          <th className="num">{t("col.perBay")}</th>
          <th>{t("col.load", { target: formatInt(target, locale) })}</th>
        </tr>
      </thead>
      <tbody>
        {view.sites.map((s) => (
          <tr key={s.id} data-site={s.id} data-overloaded={s.overloaded}>
            <th scope="row">{s.name}</th>
            <td className="report-nowrap">
              {s.status ? <span className={`badge ${s.status}`}>{labels.status(s.status)}</span> : null}
              {s.status !== "open" && s.plannedQuarter ? ` ${s.plannedQuarter}` : ""}
            </td>
            <td>{s.region ?? "–"}</td>
            <td className="num">{s.bays}</td>
            <td className="num">{formatInt(s.vehiclesInCatchment, locale)}</td>
            <td className="num">{formatInt(s.vehiclesServed, locale)}</td>
            <td className={`num ${s.overloaded ? "uncovered" : ""}`}>{formatInt(s.vehiclesPerBay, locale)}</td>
            <td>{s.overloaded ? <strong className="uncovered">{t("overloaded")}</strong> : <span className="covered">{t("withinTarget")}</span>}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Planned openings by quarter and the covered share after each. */
export function TimelineTable({ view }: { view: CoverageReportView }) {
  const t = useTranslations("report");
  const locale = useLocale() as Locale;
  return (
    <table aria-label={t("timelineTitle")} className="report-table report-timeline">
      <thead>
        <tr>
          <th>{t("col.after")}</th>
          <th>{t("col.openings")}</th>
          <th className="num">{t("col.sites")}</th>
          <th className="num">{t("col.bays")}</th>
          <th className="num">{t("col.covered")}</th>
          <th className="num">{t("col.share")}</th>
          <th className="num">{t("col.change")}</th>
        </tr>
      </thead>
      <tbody>
        {view.timeline.map((s) => (
          <tr key={s.label} data-step={s.quarter ?? s.label} className={s.beyondUntil ? "report-beyond" : undefined}>
            <th scope="row">
              {s.quarter ?? (s.label === TODAY_LABEL ? t("timeline.today") : t("timeline.undated"))}
              {s.beyondUntil ? <span className="muted"> {t("timeline.beyond", { until: view.query.until ?? "" })}</span> : null}
            </th>
            <td>
              {s.openings.length
                ? s.openings.map((o) => (o.status === "under_construction" ? t("timeline.openingBuilding", { name: o.name, bays: o.bays }) : t("timeline.opening", { name: o.name, bays: o.bays }))).join("; ")
                : <span className="muted">–</span>}
            </td>
            <td className="num">{s.sites}</td>
            <td className="num">{s.bays}</td>
            <td className="num">{formatInt(s.coveredVehicles, locale)}</td>
            <td className="num">{formatShare(s.shareCovered, locale)}</td>
            <td className="num">{s.label === view.timeline[0]?.label ? "" : Math.abs(s.shareDelta) < 0.0005 ? noShareChange(locale) : formatShareDelta(s.shareDelta, locale)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
