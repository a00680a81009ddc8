import type { Layer, PathOptions } from "leaflet";
import type { Feature } from "geojson";
import { GeoJSON, Pane } from "react-leaflet";
import { useLocale, useTranslations } from "next-intl";
import { formatInt, formatShare } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";
import type { DistrictMetric, DistrictShapes, MapDistrict } from "./types";

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Fill colour for a covered share 0..1: red (none) -> amber -> green (all). */
export function shareColour(share: number): string {
  const stops = ["#b03a2e", "#e67e22", "#f4d03f", "#a9cf54", "#1e8449"];
  return stops[Math.min(stops.length - 1, Math.floor(share * (stops.length - 1) + 0.5))];
}

/** Fill colour for uncovered vehicles: white (none) -> deep red, on a log scale up to `max`. */
export function uncoveredColour(vehicles: number, max: number): string {
  if (vehicles <= 0) return "#f7f7f7";
  const t = Math.log1p(vehicles) / Math.log1p(Math.max(1, max));
  const stops = ["#fde0dd", "#fa9fb5", "#f768a1", "#c51b8a", "#7a0177"];
  return stops[Math.min(stops.length - 1, Math.floor(t * (stops.length - 1) + 0.5))];
}

/** The district choropleth: covered share or uncovered vehicles per district, under the roads and places. */
export function DistrictLayer({ shapes, districts, metric }: { shapes: DistrictShapes; districts: MapDistrict[]; metric: DistrictMetric }) {
  const t = useTranslations("map");
  const locale = useLocale() as Locale;
  const byKato = new Map(districts.map((d) => [d.kato, d]));
  const max = Math.max(0, ...districts.map((d) => d.uncoveredVehicles));
  const style = (f?: Feature): PathOptions => {
    const d = byKato.get(String(f?.properties?.kato));
    const fill = !d || d.vehicles === 0 ? "#eeeeee" : metric === "share" ? shareColour(d.shareCovered) : uncoveredColour(d.uncoveredVehicles, max);
    return { color: "#7f8c8d", weight: 0.6, fillColor: fill, fillOpacity: 0.45, className: `district-shape district-${f?.properties?.kato}` };
  };
  return (
    <Pane name="districts" style={{ zIndex: 300 }}>
      <GeoJSON
        // restyle by remounting when the figures or the metric change (GeoJSON keeps its first style)
        key={`${metric}-${locale}-${districts.map((d) => d.uncoveredVehicles).join(",").length}-${districts.reduce((a, d) => a + d.uncoveredVehicles, 0)}`}
        data={shapes}
        style={style}
        onEachFeature={(f: Feature, layer: Layer) => {
          const p = f.properties as { kato: string; name: string; region: string };
          const d = byKato.get(p.kato);
          const text = d
            ? t("districtFigures", {
                vehicles: t("vehicles", { count: d.vehicles }),
                share: formatShare(d.shareCovered, locale),
                uncovered: formatInt(d.uncoveredVehicles, locale),
              })
            : t("noFigures");
          // the outlines carry English names: the district's figures row has them in the reader's language
          layer.bindTooltip(`<strong>${escape(d?.name ?? p.name)}</strong> (${escape(d?.region ?? p.region)})<br/>${escape(text)}`, { sticky: true, className: "district-tooltip" });
        }}
      />
    </Pane>
  );
}
