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

/** A demand point: vehicles of the selected brand, coverage and nearest site. */
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
  /** nearest site's id, for drawing the drive to it */
  nearestSiteId?: number | null;
  /** city, town, village, hamlet or rural (a district's rest, an estimate) */
  kind?: string;
}

/** District outlines (GET /api/districts). */
export type DistrictShapes = FeatureCollection<Polygon | MultiPolygon, { kato: string; name: string; region: string; population: number }>;

/** What the district choropleth shows. */
export type DistrictMetric = "share" | "uncovered" | "off";

/** A district's figures for the choropleth. */
export interface MapDistrict {
  kato: string;
  vehicles: number;
  uncoveredVehicles: number;
  shareCovered: number;
}

/** A drawn drive from a place to its nearest site (GET /api/route). */
export interface MapRoute {
  from: string;
  to: string;
  km: number;
  minutes: number;
  geometry: LineString;
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
  districts: DistrictMetric;
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
  reach: {
    mode: "road" | "straight";
    threshold: number;
    areas: { siteId: number; lat: number; lng: number; area: SiteReachArea | null }[];
    /** drive-time polygons per site (road mode, from GET /api/isochrones); drawn instead of `area` when present */
    isochrones?: FeatureCollection<MultiPolygon, { siteId: number; minutes: number }> | null;
  };
  /** district outlines and their figures for the choropleth */
  districtShapes?: DistrictShapes | null;
  districts?: MapDistrict[];
  /** the drive from a clicked place to its nearest site */
  route?: MapRoute | null;
  onPlaceClick?: (placeId: string) => void;
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
