"use client";
// The one client-only boundary in front of Leaflet: Leaflet touches `window` when imported, so
// nothing outside components/map imports it, and this dynamic import never runs on the server.
import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import type { CoverageMapProps } from "./types";

export const CoverageMap = dynamic<CoverageMapProps>(() => import("./coverage-map").then((m) => m.CoverageMapInner), {
  ssr: false,
  loading: () => <MapLoading />,
});

/** The placeholder while Leaflet loads (also the report's, before its base map arrives). */
export function MapLoading() {
  const t = useTranslations("map");
  return <div className="map-loading">{t("loading")}</div>;
}

export type {
  BaseMapData, CoverageMapProps, DistrictMetric, DistrictShapes, FocusPopup, GapLabel, MapCity, MapDistrict, MapLayers, MapRoute, MapSite,
  MarketMapDealer, MarketMapLayer, MarketMapPlace, SuggestedMarker, WhatIfPoint,
} from "./types";
export type { MapImageContent } from "./export-image";
