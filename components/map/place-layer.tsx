import L from "leaflet";
import { useEffect, useMemo } from "react";
import { useMap } from "react-leaflet";
import { useTranslations } from "next-intl";
import type { MapCity } from "./types";

/** At which zoom a place gets a permanent label, by vehicles: few labels when zoomed out, more when in. */
const LABELS_PER_VIEW = 30;
const MIN_LABEL_ZOOM = 7;
const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Villages, hamlets and district rests as circles on one canvas: thousands of points stay smooth
 * because Leaflet draws them on a single <canvas> instead of one SVG element each. Labels: the
 * places with the most vehicles inside the view, from zoom 7 on.
 */
export function PlaceLayer({ places, onPlaceClick }: { places: MapCity[]; onPlaceClick?: (id: string) => void }) {
  const map = useMap();
  const t = useTranslations("map");
  const renderer = useMemo(() => L.canvas({ padding: 0.3 }), []);

  useEffect(() => {
    const group = L.layerGroup();
    const max = Math.max(1, ...places.map((p) => p.vehicles));
    for (const p of places) {
      const marker = L.circleMarker([p.lat, p.lng], {
        renderer,
        radius: 2 + 10 * Math.sqrt(p.vehicles / max),
        color: p.covered ? "#1e8449" : "#b03a2e",
        weight: 1,
        fillColor: p.covered ? "#58d68d" : "#e74c3c",
        fillOpacity: p.kind === "rural" ? 0.25 : 0.6,
        dashArray: p.kind === "rural" ? "2 2" : undefined,
        bubblingMouseEvents: false,
      });
      const vehicles = t("vehicles", { count: p.vehicles });
      marker.bindTooltip(
        `<strong>${escape(p.name)}</strong> <span class="muted">${escape(p.region)}</span><br/>${p.kind === "rural" ? t("estimate", { vehicles }) : vehicles}<br/>${escape(
          t("nearestService", { site: p.nearestSiteName ?? t("none"), travel: p.travelLabel }),
        )}<br/>${p.covered ? t("covered") : t("notCovered")} · ${t("clickForDrive")}`,
      );
      marker.on("click", () => onPlaceClick?.(p.id));
      group.addLayer(marker);
    }
    group.addTo(map);
    return () => {
      group.remove();
    };
  }, [map, places, renderer, onPlaceClick, t]);

  useEffect(() => {
    const labels = L.layerGroup().addTo(map);
    const draw = () => {
      labels.clearLayers();
      if (map.getZoom() < MIN_LABEL_ZOOM) return;
      const view = map.getBounds();
      const visible = places.filter((p) => p.kind !== "rural" && view.contains([p.lat, p.lng]));
      visible.sort((a, b) => b.vehicles - a.vehicles);
      for (const p of visible.slice(0, LABELS_PER_VIEW)) {
        L.marker([p.lat, p.lng], {
          icon: L.divIcon({ className: "place-label", html: escape(p.name), iconSize: undefined, iconAnchor: [-6, 6] }),
          interactive: false,
          keyboard: false,
        }).addTo(labels);
      }
    };
    draw();
    map.on("moveend zoomend", draw);
    return () => {
      map.off("moveend zoomend", draw);
      labels.remove();
    };
  }, [map, places]);

  return null;
}
