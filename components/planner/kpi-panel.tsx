"use client";
import { useLocale, useTranslations } from "next-intl";
import type { Locale } from "@/lib/i18n/locales";
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
  const t = useTranslations("planner");
  const locale = useLocale() as Locale;
  const limit = formatTravel(threshold, unit, locale);
  return (
    <section aria-label={t("kpisLabel")} className={`kpi-panel${live ? " is-live" : ""}`}>
      <h2>
        {t("kpisTitle", { brand: label, limit })}
      </h2>
      {live ? <p className="live-note">{t("liveNote", { ms: live.ms.toFixed(1) })}</p> : null}
      <dl className="kpi-list">
        <div>
          <dt>{t("kpi.share")}</dt>
          <dd data-kpi="share">{formatShare(totals.shareCovered, locale)}</dd>
        </div>
        <div>
          <dt>{t("kpi.covered")}</dt>
          <dd data-kpi="covered">{formatInt(totals.coveredVehicles, locale)}</dd>
        </div>
        <div>
          <dt>{t("kpi.uncovered")}</dt>
          <dd data-kpi="uncovered">{formatInt(totals.uncoveredVehicles, locale)}</dd>
        </div>
        <div>
          <dt>{t("kpi.vehicles")}</dt>
          <dd data-kpi="vehicles">{formatInt(totals.vehicles, locale)}</dd>
        </div>
        <div>
          <dt>{unit === "minutes" ? t("kpi.meanTime") : t("kpi.meanDistance")}</dt>
          <dd data-kpi="mean">{formatTravel(totals.meanTravel, unit, locale)}</dd>
        </div>
        <div>
          <dt>{unit === "minutes" ? t("kpi.worstTime") : t("kpi.worstDistance")}</dt>
          <dd data-kpi="max">{formatTravel(totals.maxTravel, unit, locale)}</dd>
        </div>
        <div>
          <dt>{t("kpi.sitesBays")}</dt>
          <dd data-kpi="sites">
            {formatInt(totals.sites, locale)} · {formatInt(totals.bays, locale)}
          </dd>
        </div>
        <div>
          <dt>{t("kpi.perBay")}</dt>
          <dd data-kpi="per-bay">{formatInt(totals.vehiclesPerBay, locale)}</dd>
        </div>
      </dl>
      {comparison ? (
        <p className="note" data-kpi="planned-effect">
          {t("plannedEffect", {
            delta: formatShareDelta(comparison.shareCovered.delta, locale),
            vehicles: formatIntDelta(comparison.coveredVehicles.delta, locale),
            before: formatShare(comparison.shareCovered.before, locale),
          })}
        </p>
      ) : null}
      <h3>{t("topGaps")}</h3>
      {gaps.length === 0 ? (
        <p className="note">{t("noGaps")}</p>
      ) : (
        <ol className="gap-list" aria-label={t("topGapsLabel")}>
          {gaps.slice(0, 10).map((g) => (
            <li key={g.kato}>
              <button type="button" className="link" onClick={() => onGapClick(g.kato)} data-gap={g.kato}>
                {g.name}
              </button>{" "}
              <span className="muted">{g.region}</span> <span className="uncovered">{formatInt(g.uncoveredVehicles, locale)}</span>
              <span className="muted gap-places">
                {" "}
                ·{" "}
                {g.places
                  .slice(0, 3)
                  .map((p) => `${p.name} ${formatInt(p.vehicles, locale)} (${formatTravel(p.travel, unit, locale)})`)
                  .join(", ")}
                {g.places.length > 3 ? ` ${t("morePlaces", { count: g.places.length - 3 })}` : ""}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
