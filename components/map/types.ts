import type { FeatureCollection, LineString, MultiPolygon, Polygon } from "geojson";
import type { SiteReachArea } from "@/lib/map/road-layers";
import type { MapViewState } from "@/lib/map/map-url";
import type { DealershipStatus } from "@/lib/network/statuses";
import type { DistrictMetricState, MapLayerState } from "@/lib/map/map-url";
import type { MarketDealerRow } from "@/lib/market/report";

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
export type DistrictMetric = DistrictMetricState;

/** A district's figures for the choropleth. */
export interface MapDistrict {
  kato: string;
  /** the district's and its region's names in the reader's language (the outlines carry English ones) */
  name?: string;
  region?: string;
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

/** A popup opened at a place after a flight, e.g. a coverage gap. */
export interface FocusPopup {
  title: string;
  lines: string[];
}

/** A labelled coverage gap: rank 1 is the most uncovered vehicles. */
export interface GapLabel {
  rank: number;
  cityId: string;
  name: string;
  lat: number;
  lng: number;
  uncoveredVehicles: number;
}

/** The map's layer switches: the same shape the URL keeps (lib/map/map-url.ts). */
export type MapLayers = MapLayerState;

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
  /** a place to fly to (changes trigger the flight); with a popup, it opens once the map arrives */
  focus?: { lat: number; lng: number; key: number; zoom?: number; popup?: FocusPopup } | null;
  /** the view to open on (a shared link); without it the map fits Kazakhstan */
  initialView?: MapViewState | null;
  onViewChange?: (view: MapViewState) => void;
  /** the site whose popup is open (from the URL on load), and its changes */
  selectedSiteId?: number | null;
  onSiteSelect?: (siteId: number | null) => void;
  /** the largest coverage gaps, labelled on the map */
  gapLabels?: GapLabel[];
  /** names written on the map without circles (the site page's orientation) */
  placeLabels?: { id: string; name: string; lat: number; lng: number }[];
  /** receives a function that renders the current view as a PNG (see export-image.ts) */
  onImageExportReady?: (render: (content: import("./export-image").MapImageContent) => Promise<Blob>) => void;
  /** the web tile layer failed and was switched off */
  onTilesFailed?: () => void;
  /** static: no editing, no dragging (the report's map) */
  interactive?: boolean;
  height?: string;
  onMapClick?: (lat: number, lng: number) => void;
  onSiteDrag?: (siteId: number, lat: number, lng: number) => void;
  /** resolves false when the move was refused: the marker goes back */
  onSiteDrop?: (siteId: number, lat: number, lng: number) => Promise<boolean> | void;
  onSiteEdit?: (siteId: number) => void;
  onSiteDelete?: (siteId: number) => void;
  onAdoptSuggestion?: (rank: number) => void;
  /** the sales model's layer (dealer bubbles, market areas, what-if points); absent = off */
  market?: MarketMapLayer | null;
}

/** A dealer of any brand as the sales layer draws it: a bubble sized by its expected sales (new cars a year). */
export type MarketMapDealer = Omit<MarketDealerRow, "marketArea"> & {
  /** closed in the current what-if */
  removed: boolean;
};

/** A place of the sales model, coloured by the dealer whose primary market area it lies in. */
export interface MarketMapPlace {
  id: number;
  name: string;
  lat: number;
  lng: number;
  potential: number;
  /** the most likely dealer's id; null when no dealer is in reach */
  primaryDealerId: number | null;
}

/** A point being tried in a what-if (not saved): draggable, live. */
export interface WhatIfPoint {
  key: number;
  name: string;
  lat: number;
  lng: number;
  expectedSales: number | null;
}

/** The sales layer: dealers, market areas, what-if points and what a planner can do with them. */
export interface MarketMapLayer {
  dealers: MarketMapDealer[];
  places: MarketMapPlace[];
  points: WhatIfPoint[];
  showCompetitors: boolean;
  onPointDrag?: (key: number, lat: number, lng: number) => void;
  onPointRemove?: (key: number) => void;
  /** close (or reopen) a dealer in the what-if */
  onDealerToggle?: (dealerId: number) => void;
  /** try a new point beside this dealer */
  onAddBeside?: (dealerId: number) => void;
}
