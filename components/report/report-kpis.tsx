import { useLocale, useTranslations } from "next-intl";
import type { Locale } from "@/lib/i18n/locales";
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
  const t = useTranslations("report");
  const locale = useLocale() as Locale;
  const h = view.headline;
  const minutes = view.unit === "minutes";
  return (
    <section aria-label={t("kpis.label")} className="kpis report-kpis">
      <Kpi label={t("kpis.vehicles")} value={formatInt(h.vehicles, locale)} kpi="vehicles" />
      <Kpi label={t("kpis.covered")} value={formatInt(h.coveredVehicles, locale)} kpi="covered" />
      <Kpi label={t("kpis.share")} value={formatShare(h.shareCovered, locale)} kpi="share" />
      <Kpi label={t("kpis.uncovered")} value={formatInt(h.uncoveredVehicles, locale)} kpi="uncovered" />
      <Kpi label={minutes ? t("kpis.meanTime") : t("kpis.meanDistance")} value={formatTravel(h.meanTravel, view.unit, locale)} kpi="mean" detail={t("kpis.weighted")} />
      <Kpi label={minutes ? t("kpis.worstTime") : t("kpis.worstDistance")} value={formatTravel(h.maxTravel, view.unit, locale)} kpi="max" />
      <Kpi label={t("kpis.sites")} value={formatInt(h.sites, locale)} kpi="sites" />
      <Kpi label={t("kpis.bays")} value={formatInt(h.bays, locale)} kpi="bays" />
      <Kpi label={t("kpis.perBay")} value={formatInt(h.vehiclesPerBay, locale)} kpi="per-bay" detail={t("kpis.target", { target: formatInt(view.query.vehiclesPerBay, locale) })} />
      <Kpi
        label={t("kpis.busiest")}
        value={formatInt(h.worstSite?.vehiclesPerBay, locale)}
        kpi="worst-site"
        detail={h.worstSite ? `${h.worstSite.name}${h.overloadedSites ? ` · ${t("kpis.overloaded", { count: h.overloadedSites })}` : ""}` : undefined}
      />
    </section>
  );
}

function cell(row: HorizonRow, value: number | null, unit: Unit, locale: Locale) {
  if (row.kind === "share") return formatShare(value, locale);
  if (row.kind === "travel") return formatTravel(value, unit, locale);
  return formatInt(value, locale);
}

// "±0" when nothing changes at the printed precision, so "no change" reads the same in every row
function deltaCell(row: HorizonRow, unit: Unit, locale: Locale) {
  if (row.delta === null) return "–";
  if (row.kind === "share") return Math.abs(row.delta) < 0.0005 ? noShareChange(locale) : formatShareDelta(row.delta, locale);
  if (Math.round(row.delta) === 0) return "±0";
  if (row.kind === "travel") return `${row.delta > 0 ? "+" : "−"}${formatTravel(Math.abs(row.delta), unit, locale)}`;
  return formatIntDelta(row.delta, locale);
}

/** "±0.0 pp" in the locale's way: the zero delta with its sign swapped for ± */
export function noShareChange(locale: Locale): string {
  return formatShareDelta(0, locale).replace("+", "±");
}

/** Open sites only vs open + planned openings, and what the openings change. */
export function HorizonTable({ view }: { view: CoverageReportView }) {
  const t = useTranslations("report");
  const locale = useLocale() as Locale;
  return (
    <table aria-label={t("horizonsTitle")} className="report-table report-horizons">
      <thead>
        <tr>
          <th>{t("horizon.metric")}</th>
          <th className="num">{t("horizon.openOnly")}</th>
          <th className="num">{view.query.until ? t("horizon.withPlannedUntil", { until: view.query.until }) : t("horizon.withPlanned")}</th>
          <th className="num">{t("horizon.difference")}</th>
        </tr>
      </thead>
      <tbody>
        {view.horizonRows.map((r) => (
          <tr key={r.key} data-horizon-kpi={r.key}>
            <th scope="row">{t(`horizon.row.${r.key}`)}</th>
            <td className="num">{cell(r, r.openOnly, view.unit, locale)}</td>
            <td className="num">{cell(r, r.withPlanned, view.unit, locale)}</td>
            <td className="num">{deltaCell(r, view.unit, locale)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
