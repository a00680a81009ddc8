import { useLocale, useTranslations } from "next-intl";
import type { ComparedScenario } from "@/db/queries/scenario-compare";
import type { Locale } from "@/lib/i18n/locales";
import type { CoverageTotals } from "@/lib/coverage/types";
import { formatInt, formatIntDelta, formatShare, formatShareDelta, formatTravel } from "@/lib/format";

type Unit = "minutes" | "km";

type KpiKey = "share" | "covered" | "uncovered" | "mean" | "worst" | "sites" | "bays" | "perBay" | "cost";

interface Kpi {
  key: KpiKey;
  value: (t: CoverageTotals, s: ComparedScenario, unit: Unit, l: Locale) => string;
  /** the change against the reference; travel deltas get their unit from the caller */
  delta?: (t: CoverageTotals, ref: CoverageTotals, s: ComparedScenario, r: ComparedScenario, l: Locale) => string;
  travel?: boolean;
}

const num = (a: number | null, b: number | null) => (a === null || b === null ? null : a - b);

const KPIS: Kpi[] = [
  { key: "share", value: (t, _s, _u, l) => formatShare(t.shareCovered, l), delta: (t, r, _s, _r, l) => formatShareDelta(t.shareCovered - r.shareCovered, l) },
  { key: "covered", value: (t, _s, _u, l) => formatInt(t.coveredVehicles, l), delta: (t, r, _s, _r, l) => formatIntDelta(t.coveredVehicles - r.coveredVehicles, l) },
  { key: "uncovered", value: (t, _s, _u, l) => formatInt(t.uncoveredVehicles, l), delta: (t, r, _s, _r, l) => formatIntDelta(t.uncoveredVehicles - r.uncoveredVehicles, l) },
  { key: "mean", travel: true, value: (t, _s, u, l) => formatTravel(t.meanTravel, u, l), delta: (t, r, _s, _r, l) => formatIntDelta(num(t.meanTravel, r.meanTravel), l) },
  { key: "worst", travel: true, value: (t, _s, u, l) => formatTravel(t.maxTravel, u, l), delta: (t, r, _s, _r, l) => formatIntDelta(num(t.maxTravel, r.maxTravel), l) },
  { key: "sites", value: (t, _s, _u, l) => formatInt(t.sites, l), delta: (t, r, _s, _r, l) => formatIntDelta(t.sites - r.sites, l) },
  { key: "bays", value: (t, _s, _u, l) => formatInt(t.bays, l), delta: (t, r, _s, _r, l) => formatIntDelta(t.bays - r.bays, l) },
  { key: "perBay", value: (t, _s, _u, l) => formatInt(t.vehiclesPerBay, l), delta: (t, r, _s, _r, l) => formatIntDelta(num(t.vehiclesPerBay, r.vehiclesPerBay), l) },
  { key: "cost", value: (_t, s, _u, l) => formatInt(s.capitalCost, l), delta: (_t, _r, s, r, l) => formatIntDelta(s.capitalCost - r.capitalCost, l) },
];

/** Live and the scenarios side by side on the same KPIs, each with its change against the reference column. */
export function CompareTable({ scenarios, unit }: { scenarios: ComparedScenario[]; unit: Unit }) {
  const t = useTranslations("scenarios");
  const locale = useLocale() as Locale;
  const ref = scenarios.find((s) => s.id === "live") ?? scenarios[0];
  return (
    <table data-testid="compare-kpis">
      <thead>
        <tr>
          <th>{t("compare.kpi")}</th>
          {scenarios.map((s) => (
            <th key={String(s.id)} className="num">
              {s.name}
              {s.stale.length ? <span className="field-error"> {t("compare.stale", { count: s.stale.length })}</span> : null}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {KPIS.map((k) => (
          <tr key={k.key}>
            <th scope="row">{t(`compare.row.${k.key}`)}</th>
            {scenarios.map((s) => (
              <td key={String(s.id)} className="num">
                {k.value(s.totals, s, unit, locale)}
                {s !== ref && k.delta ? (
                  <div className="muted">
                    {k.travel
                      ? unit === "minutes"
                        ? t("compare.deltaMinutes", { delta: k.delta(s.totals, ref.totals, s, ref, locale) })
                        : t("compare.deltaKm", { delta: k.delta(s.totals, ref.totals, s, ref, locale) })
                      : k.delta(s.totals, ref.totals, s, ref, locale)}
                  </div>
                ) : null}
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
  const t = useTranslations("scenarios");
  const locale = useLocale() as Locale;
  const others = scenarios.filter((s) => s.id !== "live");
  const regions = scenarios[0]?.regions.map((r) => r.region) ?? [];
  return (
    <table data-testid="compare-regions">
      <thead>
        <tr>
          <th>{t("compare.region")}</th>
          <th className="num">{t("compare.vehicles")}</th>
          {others.map((s) => (
            <th key={String(s.id)} className="num">
              {t("compare.regionColumn", { name: s.name })}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {regions.map((region) => (
          <tr key={region}>
            <th scope="row">{region}</th>
            <td className="num">{formatInt(scenarios[0].regions.find((r) => r.region === region)?.vehicles, locale)}</td>
            {others.map((s) => {
              const r = s.regions.find((x) => x.region === region);
              const cls = !r || r.deltaCoveredVehicles === 0 ? "" : r.deltaCoveredVehicles > 0 ? "delta-up" : "delta-down";
              return (
                <td key={String(s.id)} className={`num ${cls}`}>
                  {r ? `${formatInt(r.coveredVehicles, locale)} (${formatIntDelta(r.deltaCoveredVehicles, locale)}), ${r.sites} (${formatIntDelta(r.deltaSites, locale)})` : "–"}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
