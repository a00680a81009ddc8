"use client";
import { useEffect, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import type { Locale } from "@/lib/i18n/locales";
import { CoverageMap, type BaseMapData, type MapCity, type MapSite } from "@/components/map";
import type { ComparedScenario } from "@/db/queries/scenario-compare";
import { DEFAULT_THRESHOLD } from "@/lib/coverage/types";
import { formatInt } from "@/lib/format";

const LAYERS = { districts: "off", tiles: false, roads: true, reach: false, cities: true, sites: true, closed: true } as const;

/**
 * The diff map of one scenario against live: the sites it adds (planned style), moves (at the new
 * position) and closes, and the places whose coverage changes (covered = gained, red dashed = lost).
 */
export function CompareDiffMap({ scenarios, tileUrl }: { scenarios: ComparedScenario[]; tileUrl: string }) {
  const t = useTranslations("scenarios");
  const locale = useLocale() as Locale;
  const choices = scenarios.filter((s) => s.id !== "live");
  const [shown, setShown] = useState(0);
  const [base, setBase] = useState<BaseMapData | null>(null);
  useEffect(() => {
    let live = true;
    fetch("/api/basemap")
      .then((r) => (r.ok ? r.json() : null))
      .then((b: BaseMapData | null) => live && setBase(b))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  const scenario = choices[shown] ?? choices[0];
  // a handful of changed sites and places: cheap enough to rebuild on every render
  const sites: MapSite[] = (scenario?.sites ?? []).map((s) => ({
        id: s.id, name: `${t(`diff.kind.${s.kind}`)}: ${s.name}`, brandName: s.brand, cityName: s.from ? t("diff.movedFrom", { lat: s.from.lat.toFixed(3), lng: s.from.lng.toFixed(3) }) : "",
        lat: s.lat, lng: s.lng, status: s.kind === "closed" ? "closed" : s.kind === "added" ? "planned" : "open",
        sales: true, service: true, parts: true, serviceBays: 0, plannedQuarter: null, vehiclesServed: null, vehiclesPerBay: null, overloaded: false,
      }));
  const cities: MapCity[] = (scenario?.coverageChanges ?? []).map((c) => ({
        id: c.cityId, name: c.name, region: "", lat: c.lat, lng: c.lng, vehicles: c.vehicles, covered: c.change === "gained",
        travelLabel: c.change === "gained" ? t("diff.gained") : t("diff.lost"), nearestSiteName: null,
      }));
  if (!scenario) return null;
  return (
    <section aria-label={t("diff.label")}>
      <h2>{t("diff.title")}</h2>
      {choices.length > 1 ? (
        <p className="no-print">
          {choices.map((c, i) => (
            <button key={String(c.id)} type="button" aria-pressed={i === shown} onClick={() => setShown(i)}>
              {c.name}
            </button>
          ))}
        </p>
      ) : null}
      <p>
        <strong>{scenario.name}</strong>:{" "}
        {t("diff.summary", {
          added: scenario.sites.filter((s) => s.kind === "added").length,
          moved: scenario.sites.filter((s) => s.kind === "moved").length,
          closed: scenario.sites.filter((s) => s.kind === "closed").length,
          gained: scenario.coverageChanges.filter((c) => c.change === "gained").length,
          vehicles: formatInt(scenario.coverageChanges.filter((c) => c.change === "gained").reduce((a, c) => a + c.vehicles, 0), locale),
          lost: scenario.coverageChanges.filter((c) => c.change === "lost").length,
        })}
      </p>
      <div className="compare-map" data-testid="compare-diff-map">
        <CoverageMap
          base={base}
          cities={cities}
          sites={sites}
          reach={{ mode: "road", threshold: DEFAULT_THRESHOLD.road, areas: [] }}
          layers={{ ...LAYERS, tiles: Boolean(tileUrl) }}
          tileUrl={tileUrl}
          interactive={false}
          height="100%"
        />
      </div>
    </section>
  );
}
