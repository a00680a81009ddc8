"use client";
import { useCallback, useMemo, useState } from "react";
import type { MapLayers } from "@/components/map";
import { marketLabelsOf, marketLayerOf } from "./market-map";
import { useMarket } from "./use-market";
import type { PlannerQuery } from "./use-planner-data";

/**
 * The map's sales layer wired into the planner: the market model for the map's brand and year (reloaded
 * with the registry), dragging a site moves it in the sales what-if too, a map click drops a what-if
 * point while armed, and the layer and labels the map draws.
 */
export function usePlannerMarket({ query, layers, ourBrands, dragCoverage, reloadCoverage }: {
  query: PlannerQuery;
  layers: MapLayers;
  ourBrands: readonly string[];
  dragCoverage: (siteId: number, lat: number, lng: number) => void;
  reloadCoverage: () => void;
}) {
  const [registryVersion, setRegistryVersion] = useState(0);
  const [dropArmed, setDropArmed] = useState(false);
  const market = useMarket({
    brand: query.brand, year: query.year, includePlanned: query.includePlanned, scenario: query.scenario, enabled: Boolean(layers.sales),
    version: registryVersion,
  });
  const reload = useCallback(() => {
    reloadCoverage();
    setRegistryVersion((v) => v + 1);
  }, [reloadCoverage]);
  const { moveDealer } = market;
  const marketDealerIds = useMemo(() => new Set(market.answer?.dealers.map((d) => d.id) ?? []), [market.answer]);
  const drag = useCallback(
    (siteId: number, lat: number, lng: number) => {
      dragCoverage(siteId, lat, lng);
      // a dealer the sales model counts: its move shows in the cannibalisation table while dragging
      if (marketDealerIds.has(siteId)) moveDealer(siteId, lat, lng);
    },
    [dragCoverage, marketDealerIds, moveDealer],
  );
  const marketBase = useMemo(() => (layers.sales ? marketLayerOf(market, ourBrands, Boolean(layers.competitors)) : null), [layers.sales, layers.competitors, market, ourBrands]);
  const marketLabels = useMemo(() => (layers.sales ? marketLabelsOf(market) : undefined), [layers.sales, market]);
  const marketLayer = marketBase
    ? { ...marketBase, onPointDrag: market.movePoint, onPointRemove: market.removePoint, onDealerToggle: market.toggleDealer, onAddBeside: market.addBeside }
    : null;
  return { market, dropArmed, setDropArmed, reload, drag, marketLayer, marketLabels };
}
