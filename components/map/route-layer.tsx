import { Pane, Polyline, Tooltip } from "react-leaflet";
import { useLocale, useTranslations } from "next-intl";
import { formatInt } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";
import type { MapRoute } from "./types";

/** The drive from a clicked place to its nearest site, along the roads (GET /api/route). */
export function RouteLayer({ route }: { route: MapRoute }) {
  const t = useTranslations("map");
  const locale = useLocale() as Locale;
  return (
    <Pane name="route" style={{ zIndex: 450 }}>
      <Polyline
        positions={route.geometry.coordinates.map(([lng, lat]) => [lat, lng] as [number, number])}
        // className as a prop: Leaflet applies it only when it creates the path (pathOptions are set later)
        className="place-route"
        pathOptions={{ color: "#1f3a93", weight: 4, opacity: 0.9, dashArray: "8 5" }}
      >
        <Tooltip permanent direction="center" className="route-tooltip">
          {t("route", { from: route.from, to: route.to, km: formatInt(route.km, locale), minutes: formatInt(route.minutes, locale) })}
        </Tooltip>
      </Polyline>
    </Pane>
  );
}
