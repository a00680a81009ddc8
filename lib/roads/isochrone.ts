/**
 * Drive-time areas (isochrones) over the road network. The country is covered by a grid of
 * ISO_CELL_LAT x ISO_CELL_LNG degree cells (~16 km); each cell centre is timed to the site exactly
 * as a demand point would be (access leg onto the nearest edge, the network, or a direct local leg),
 * and the cells within the threshold are outlined by marching squares (d3-contour). So the area is
 * what the coverage engine would count as reached, not a circle or a buffer around roads. Cells
 * outside Kazakhstan (the Caspian, neighbours) are never reached.
 */
import { contours } from "d3-contour";
import type { Feature, MultiPolygon } from "geojson";
import { isInKazakhstan } from "../geo/in-kazakhstan";
import type { RoadGraph } from "./graph";
import { fillTravelColumn, prepareDemandAccess, siteReach, type DemandAccess } from "./travel-matrix";

/** Grid extent (Kazakhstan's bounding box) and cell size in degrees. */
export const ISO_GRID = { south: 40.5, north: 55.5, west: 46.4, east: 87.4 } as const;
export const ISO_CELL_LAT = 0.15;
export const ISO_CELL_LNG = 0.2;

/** The grid's cell centres with their access legs, prepared once per graph. */
export interface IsochroneGrid {
  columns: number;
  rows: number;
  access: DemandAccess;
  /** 1 where the cell centre lies in Kazakhstan: the Caspian, lakes' far shores and neighbours are never "reached" */
  land: Uint8Array;
}

const grids = new WeakMap<RoadGraph, IsochroneGrid>();

/** The isochrone grid of a graph (prepared on first use, ~20,000 cells). */
export function isochroneGrid(graph: RoadGraph): IsochroneGrid {
  let grid = grids.get(graph);
  if (!grid) {
    const columns = Math.round((ISO_GRID.east - ISO_GRID.west) / ISO_CELL_LNG) + 1;
    const rows = Math.round((ISO_GRID.north - ISO_GRID.south) / ISO_CELL_LAT) + 1;
    const points: { lat: number; lng: number }[] = [];
    for (let j = 0; j < rows; j++) {
      for (let i = 0; i < columns; i++) points.push({ lat: ISO_GRID.south + j * ISO_CELL_LAT, lng: ISO_GRID.west + i * ISO_CELL_LNG });
    }
    const land = new Uint8Array(points.length);
    points.forEach((p, c) => (land[c] = isInKazakhstan(p.lat, p.lng) ? 1 : 0));
    grid = { columns, rows, access: prepareDemandAccess(graph, points), land };
    grids.set(graph, grid);
  }
  return grid;
}

/** The area within `thresholdMinutes` of a site, as a GeoJSON MultiPolygon ([lng, lat]); empty when nothing is reached. */
export function isochrone(graph: RoadGraph, site: { lat: number; lng: number }, thresholdMinutes: number): MultiPolygon {
  const grid = isochroneGrid(graph);
  const n = grid.access.count;
  const minutes = new Float64Array(n);
  const km = new Float64Array(n);
  fillTravelColumn(grid.access, siteReach(graph, site), minutes, km);
  for (let c = 0; c < n; c++) if (!grid.land[c]) minutes[c] = Infinity;
  // the cells reached, padded by one cell so every outline closes inside the sub-grid
  let i0 = Infinity;
  let i1 = -Infinity;
  let j0 = Infinity;
  let j1 = -Infinity;
  for (let c = 0; c < n; c++) {
    if (!(minutes[c] <= thresholdMinutes)) continue;
    const i = c % grid.columns;
    const j = (c - i) / grid.columns;
    if (i < i0) i0 = i;
    if (i > i1) i1 = i;
    if (j < j0) j0 = j;
    if (j > j1) j1 = j;
  }
  if (i0 === Infinity) return { type: "MultiPolygon", coordinates: [] };
  i0--;
  j0--;
  i1++;
  j1++;
  const w = i1 - i0 + 1;
  const h = j1 - j0 + 1;
  // value = minutes to spare (>= 0 inside); far below zero outside the grid or where nothing is reached
  const values = new Array<number>(w * h);
  for (let j = 0; j < h; j++) {
    for (let i = 0; i < w; i++) {
      const gi = i + i0;
      const gj = j + j0;
      const inside = gi >= 0 && gj >= 0 && gi < grid.columns && gj < grid.rows;
      const m = inside ? minutes[gj * grid.columns + gi] : Infinity;
      values[j * w + i] = Number.isFinite(m) ? thresholdMinutes - m : -thresholdMinutes;
    }
  }
  const [band] = contours().size([w, h]).thresholds([0])(values);
  // d3-contour puts sample (i, j) at the centre of pixel (i, j), i.e. at (i + 0.5, j + 0.5)
  const toLngLat = ([x, y]: number[]): [number, number] => [
    Math.round((ISO_GRID.west + (x - 0.5 + i0) * ISO_CELL_LNG) * 1e4) / 1e4,
    Math.round((ISO_GRID.south + (y - 0.5 + j0) * ISO_CELL_LAT) * 1e4) / 1e4,
  ];
  return { type: "MultiPolygon", coordinates: band.coordinates.map((poly) => poly.map((ring) => ring.map(toLngLat))) };
}

/** Isochrones of several sites as GeoJSON features ({siteId, minutes}). */
export function siteIsochrones(
  graph: RoadGraph,
  sites: readonly { id: number; lat: number; lng: number }[],
  thresholdMinutes: number,
): Feature<MultiPolygon, { siteId: number; minutes: number }>[] {
  return sites.map((s) => ({
    type: "Feature",
    properties: { siteId: s.id, minutes: thresholdMinutes },
    geometry: isochrone(graph, s, thresholdMinutes),
  }));
}
