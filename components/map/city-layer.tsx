import { CircleMarker, Marker, Tooltip } from "react-leaflet";
import { useTranslations } from "next-intl";
import { cityLabelIcon } from "./icons";
import type { MapCity } from "./types";

/** Circle radius in pixels: area grows with the vehicle park, so a 4x park looks 2x as wide. */
function radius(vehicles: number, max: number) {
  return 4 + 22 * Math.sqrt(vehicles / Math.max(1, max));
}

/** Cities as circles sized by vehicle park, red when uncovered, with a tooltip; labels for the larger ones. */
export function CityLayer({ cities, labels, onCityClick }: { cities: MapCity[]; labels: boolean; onCityClick?: (id: string) => void }) {
  const t = useTranslations("map");
  const max = Math.max(0, ...cities.map((c) => c.vehicles));
  const labelled = new Set([...cities].sort((a, b) => b.vehicles - a.vehicles).slice(0, 18).map((c) => c.id));
  return (
    <>
      {cities.map((c) => (
        <CircleMarker
          // className only applies when Leaflet creates the path: remount when coverage flips
          key={`${c.id}-${c.covered}`}
          className={`city-marker city-${c.id} ${c.covered ? "is-covered" : "is-uncovered"}`}
          center={[c.lat, c.lng]}
          radius={radius(c.vehicles, max)}
          pathOptions={{
            color: c.covered ? "#1e8449" : "#b03a2e",
            weight: c.covered ? 1.5 : 2.5,
            fillColor: c.covered ? "#58d68d" : "#e74c3c",
            fillOpacity: c.covered ? 0.35 : 0.55,
            dashArray: c.covered ? undefined : "4 3",
          }}
          eventHandlers={onCityClick ? { click: () => onCityClick(c.id) } : undefined}
        >
          <Tooltip>
            <div className="city-tooltip">
              <strong>{c.name}</strong> <span className="muted">{c.region}</span>
              <div>{t("vehicles", { count: c.vehicles })}</div>
              <div>{t("nearestService", { site: c.nearestSiteName ?? t("none"), travel: c.travelLabel })}</div>
              <div className={c.covered ? "covered" : "uncovered"}>{c.covered ? t("covered") : t("notCovered")}</div>
            </div>
          </Tooltip>
        </CircleMarker>
      ))}
      {labels
        ? cities
            .filter((c) => labelled.has(c.id))
            .map((c) => <Marker key={`label-${c.id}`} position={[c.lat, c.lng]} icon={cityLabelIcon(c.name)} interactive={false} keyboard={false} />)
        : null}
    </>
  );
}
