import L from "leaflet";
import type { MapSite } from "./types";

// Markers are CSS div icons, not Leaflet's default PNG icon, so no image path can break in the
// bundle; status is told by shape and fill as well as colour (see .site-icon in globals.css).
const cache = new Map<string, L.DivIcon>();

/** The icon for a dealership: solid = open, hollow dashed = planned, hatched = under construction. */
export function siteIcon(site: Pick<MapSite, "status" | "service" | "overloaded">): L.DivIcon {
  const kind = site.service ? "service" : "sales-only";
  const key = `${site.status}:${kind}:${site.overloaded}`;
  let icon = cache.get(key);
  if (!icon) {
    icon = L.divIcon({
      className: "site-icon-wrap",
      html: `<span class="site-icon status-${site.status} ${kind}${site.overloaded ? " overloaded" : ""}"></span>`,
      iconSize: [18, 18],
      iconAnchor: [9, 9],
      popupAnchor: [0, -10],
    });
    cache.set(key, icon);
  }
  return icon;
}

/** A numbered diamond for the optimiser's suggested sites. */
export function suggestionIcon(rank: number): L.DivIcon {
  return L.divIcon({
    className: "site-icon-wrap",
    html: `<span class="suggestion-icon" aria-hidden="true"><b>${rank}</b></span>`,
    iconSize: [24, 24],
    iconAnchor: [12, 12],
    popupAnchor: [0, -12],
  });
}

/** A text label for a city (not interactive). */
export function cityLabelIcon(name: string): L.DivIcon {
  const safe = name.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return L.divIcon({ className: "city-label", html: `<span>${safe}</span>`, iconSize: [0, 0], iconAnchor: [-7, 7] });
}
