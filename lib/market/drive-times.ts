/**
 * Drive times for the market model over the national road graph: the places' access legs are prepared
 * once, then each dealer (or what-if point) costs one Dijkstra and one pass over the places, exactly as
 * the coverage what-if measures a moved site.
 */
import { fillTravelColumn, nationalRoadGraph, prepareDemandAccess, siteReach, type RoadGraph } from "@/lib/roads";
import type { TravelColumn } from "./network";

/** Road drive minutes from any point to each of `places` (in order); Infinity where no road leads. */
export function roadTravel(places: readonly { lat: number; lng: number }[], graph: RoadGraph = nationalRoadGraph()): TravelColumn {
  const access = prepareDemandAccess(graph, places.map((p) => ({ lat: p.lat, lng: p.lng })));
  return (point) => {
    const minutes = new Float64Array(access.count);
    const km = new Float64Array(access.count);
    fillTravelColumn(access, siteReach(graph, { lat: point.lat, lng: point.lng }), minutes, km);
    return minutes;
  };
}
