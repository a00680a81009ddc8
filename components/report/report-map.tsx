"use client";
import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { CoverageMap, MapLoading, type BaseMapData, type CoverageMapProps, type MapCity, type MapLayers, type MapSite } from "@/components/map";

interface Props {
  cities: MapCity[];
  sites: MapSite[];
  reach: CoverageMapProps["reach"];
  tileUrl: string;
  height?: string;
}

/** A static coverage map for the report: the planner's map without editing, on the offline base layer. */
export function ReportMap({ cities, sites, reach, tileUrl, height = "600px" }: Props) {
  const t = useTranslations("report");
  const [base, setBase] = useState<BaseMapData | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let cancelled = false;
    fetch("/api/basemap")
      .then((r) => (r.ok ? (r.json() as Promise<BaseMapData>) : Promise.reject(new Error(String(r.status)))))
      .then(
        (b) => !cancelled && setBase(b),
        (e: Error) => !cancelled && setError(e.message),
      );
    return () => {
      cancelled = true;
    };
  }, []);
  const layers: MapLayers = { districts: "off", tiles: Boolean(tileUrl), roads: true, reach: true, cities: true, sites: true, closed: false };
  return (
    <div className="report-map" style={{ height }} data-testid="report-map">
      {error ? <p className="field-error">{t("baseMapFailed", { error })}</p> : null}
      {/* mount once the base map is here (or failed): layers added later would stack above the cities */}
      {base || error ? (
        <CoverageMap base={base} cities={cities} sites={sites} reach={reach} layers={layers} tileUrl={tileUrl} interactive={false} height={height} />
      ) : (
        <MapLoading />
      )}
    </div>
  );
}
