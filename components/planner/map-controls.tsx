"use client";
import { useTranslations } from "next-intl";
import type { MapLayers } from "@/components/map";
import { DEFAULT_THRESHOLD } from "@/lib/coverage/types";
import type { PlannerQuery } from "./use-planner-data";

export interface BrandOption {
  value: string;
  label: string;
}

interface Props {
  query: PlannerQuery;
  onQuery: (q: PlannerQuery) => void;
  brandOptions: BrandOption[];
  years: number[];
  quarters: string[];
  layers: MapLayers;
  onLayers: (l: MapLayers) => void;
  tilesAvailable: boolean;
}

const THRESHOLD_RANGE = { road: { min: 30, max: 600, step: 15 }, straight: { min: 25, max: 600, step: 25 } } as const;

/** Brand, travel mode, threshold, planned openings, year and layer toggles. */
export function MapControls({ query, onQuery, brandOptions, years, quarters, layers, onLayers, tilesAvailable }: Props) {
  const t = useTranslations("planner");
  const tMarket = useTranslations("market.controls");
  const set = (patch: Partial<PlannerQuery>) => onQuery({ ...query, ...patch });
  const range = THRESHOLD_RANGE[query.mode];
  const layer = (key: Exclude<keyof MapLayers, "districts">, label: string, disabled = false) => (
    <label className="check">
      <input type="checkbox" checked={layers[key] ?? false} disabled={disabled} onChange={(e) => onLayers({ ...layers, [key]: e.target.checked })} />
      {label}
    </label>
  );
  return (
    <section aria-label={t("controls.label")} className="map-controls">
      <label>
        {t("controls.brand")}
        <select value={query.brand} onChange={(e) => set({ brand: e.target.value })}>
          {brandOptions.map((b) => (
            <option key={b.value} value={b.value}>
              {b.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t("controls.travel")}
        <select
          value={query.mode}
          onChange={(e) => {
            const mode = e.target.value as PlannerQuery["mode"];
            set({ mode, threshold: DEFAULT_THRESHOLD[mode] });
          }}
        >
          <option value="road">{t("controls.road")}</option>
          <option value="straight">{t("controls.straight")}</option>
        </select>
      </label>
      <label className="threshold">
        {t("controls.threshold")} <b data-testid="threshold-value">{query.mode === "road" ? t("controls.minutes", { value: query.threshold }) : t("controls.km", { value: query.threshold })}</b>
        <input
          type="range"
          aria-label={t("controls.thresholdLabel")}
          min={range.min}
          max={range.max}
          step={range.step}
          value={query.threshold}
          onChange={(e) => set({ threshold: Number(e.target.value) })}
        />
      </label>
      <label>
        {t("controls.year")}
        <select value={query.year} onChange={(e) => set({ year: Number(e.target.value) })}>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
      <label className="check">
        <input type="checkbox" checked={query.includePlanned} onChange={(e) => set({ includePlanned: e.target.checked })} />
        {t("controls.includePlanned")}
      </label>
      <label>
        {t("controls.until")}
        <select value={query.until} disabled={!query.includePlanned} onChange={(e) => set({ until: e.target.value })}>
          <option value="">{t("controls.allQuarters")}</option>
          {quarters.map((q) => (
            <option key={q} value={q}>
              {q}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="layers">
        <legend>{t("controls.layers")}</legend>
        <label>
          {t("controls.districts")}
          <select value={layers.districts} onChange={(e) => onLayers({ ...layers, districts: e.target.value as MapLayers["districts"] })}>
            <option value="share">{t("controls.districtShare")}</option>
            <option value="uncovered">{t("controls.districtUncovered")}</option>
            <option value="off">{t("controls.districtOff")}</option>
          </select>
        </label>
        {layer("tiles", t("controls.tiles"), !tilesAvailable)}
        {layer("roads", t("controls.roads"))}
        {layer("reach", t("controls.reach"))}
        {layer("cities", t("controls.places"))}
        {layer("sites", t("controls.sites"))}
        {layer("closed", t("controls.closed"))}
        {layer("sales", tMarket("sales"))}
        {layer("competitors", tMarket("competitors"), !layers.sales)}
      </fieldset>
    </section>
  );
}
