import type { FeatureCollection, LineString, MultiPolygon, Polygon } from "geojson";
import type { SiteReachArea } from "@/lib/map/road-layers";
import type { DealershipStatus } from "@/lib/network/statuses";

/** A dealership as the map draws it. */
export interface MapSite {
  id: number;
  name: string;
  brandName: string;
  cityName: string;
  lat: number;
  lng: number;
  status: DealershipStatus;
  sales: boolean;
  service: boolean;
  parts: boolean;
  serviceBays: number;
  plannedQuarter: string | null;
  /** covered vehicles in its catchment, and per bay; null when the site is not in the horizon */
  vehiclesServed: number | null;
  vehiclesPerBay: number | null;
  overloaded: boolean;
}

/** A city circle: vehicles of the selected brand, coverage and nearest site. */
export interface MapCity {
  id: string;
  name: string;
  region: string;
  lat: number;
  lng: number;
  vehicles: number;
  covered: boolean;
  travelLabel: string;
  nearestSiteName: string | null;
}

/** A suggested site from the optimiser. */
export interface SuggestedMarker {
  rank: number;
  cityId: string;
  name: string;
  lat: number;
  lng: number;
  gain: number;
}

export interface MapLayers {
  tiles: boolean;
  roads: boolean;
  reach: boolean;
  cities: boolean;
  sites: boolean;
  closed: boolean;
}

export interface BaseMapData {
  countries: FeatureCollection<Polygon | MultiPolygon, { name: string; iso: string }>;
  roads: FeatureCollection<LineString, { road: string; category: string; km: number; source: string }>;
}

export interface CoverageMapProps {
  base: BaseMapData | null;
  cities: MapCity[];
  sites: MapSite[];
  reach: { mode: "road" | "straight"; threshold: number; areas: { siteId: number; lat: number; lng: number; area: SiteReachArea | null }[] };
  layers: MapLayers;
  suggestions?: SuggestedMarker[];
  /** web tiles URL template; empty = offline base layer only */
  tileUrl: string;
  /** a city to fly to (changes trigger the flight) */
  focus?: { lat: number; lng: number; key: number } | null;
  /** static: no editing, no dragging (the report's map) */
  interactive?: boolean;
  height?: string;
  onMapClick?: (lat: number, lng: number) => void;
  onSiteDrag?: (siteId: number, lat: number, lng: number) => void;
  onSiteDrop?: (siteId: number, lat: number, lng: number) => void;
  onSiteEdit?: (siteId: number) => void;
  onSiteDelete?: (siteId: number) => void;
  onAdoptSuggestion?: (rank: number) => void;
}
