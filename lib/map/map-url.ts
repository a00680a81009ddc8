/** What the district choropleth shows (same values as the map's DistrictMetric). */
export const DISTRICT_METRICS = ["share", "uncovered", "off"] as const;
export type DistrictMetricState = (typeof DISTRICT_METRICS)[number];

/** The map's layer switches, as the URL and the planner keep them. */
export interface MapLayerState {
  districts: DistrictMetricState;
  tiles: boolean;
  roads: boolean;
  reach: boolean;
  cities: boolean;
  sites: boolean;
  closed: boolean;
  // optional: the static maps (report, site page, scenario diff) never show the sales model
  /** the sales model: dealer bubbles by expected sales and each dealer's primary market area */
  sales?: boolean;
  /** competitors' showrooms (with the sales layer) */
  competitors?: boolean;
}

/** Centre (degrees) and Leaflet zoom level of the map view. */
export interface MapViewState {
  lat: number;
  lng: number;
  zoom: number;
}

export const LAYER_KEYS = ["tiles", "roads", "reach", "cities", "sites", "closed", "sales", "competitors"] as const;
// the sales layers are off by default: the map opens on after-sales coverage, as before
export const DEFAULT_LAYERS: MapLayerState = {
  districts: "share", tiles: true, roads: true, reach: true, cities: true, sites: true, closed: false, sales: false, competitors: false,
};

type Raw = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/**
 * Layers from `?layers=roads,reach,cities` (the ones switched on) and `?districts=share|uncovered|off`
 * (the choropleth); defaults when absent or unreadable.
 */
export function parseLayers(raw: Raw): MapLayerState {
  const asked = first(raw.districts);
  const districts = (DISTRICT_METRICS as readonly string[]).includes(asked ?? "") ? (asked as DistrictMetricState) : DEFAULT_LAYERS.districts;
  const value = first(raw.layers);
  if (value === undefined) return { ...DEFAULT_LAYERS, districts };
  const on = new Set(value.split(",").map((s) => s.trim()));
  return { districts, ...Object.fromEntries(LAYER_KEYS.map((k) => [k, on.has(k)])) } as MapLayerState;
}

/** The view from `?at=lat,lng,zoom`; null when absent or out of range (the map then fits Kazakhstan). */
export function parseView(raw: Raw): MapViewState | null {
  const parts = first(raw.at)?.split(",").map(Number);
  if (!parts || parts.length !== 3 || parts.some((n) => !Number.isFinite(n))) return null;
  const [lat, lng, zoom] = parts;
  if (lat < -85 || lat > 85 || lng < -180 || lng > 180 || zoom < 1 || zoom > 18) return null;
  return { lat, lng, zoom: Math.round(zoom) };
}

/** The selected site from `?site=<id>`; null when absent or not an id. */
export function parseSelectedSite(raw: Raw): number | null {
  const v = first(raw.site);
  return v && /^\d{1,9}$/.test(v) ? Number(v) : null;
}

/** Layers, view and selection as URL parameters (appended to the coverage query's). */
export function mapStateParams(layers: MapLayerState, view: MapViewState | null, site: number | null): URLSearchParams {
  const p = new URLSearchParams();
  p.set("layers", LAYER_KEYS.filter((k) => layers[k]).join(","));
  if (layers.districts !== DEFAULT_LAYERS.districts) p.set("districts", layers.districts);
  if (view) p.set("at", `${view.lat.toFixed(4)},${view.lng.toFixed(4)},${view.zoom}`);
  if (site !== null) p.set("site", String(site));
  return p;
}
