import type { Map as LeafletMap } from "leaflet";
import type { Position } from "geojson";
import type { CoverageMapProps, GapLabel, MapCity, MapSite } from "./types";
import { formatInt } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";

/** What the image shows: the map's own data, drawn with the map's projection (no tiles: works offline). */
export interface MapImageContent {
  title: string;
  subtitle: string;
  base: CoverageMapProps["base"];
  showRoads: boolean;
  cities: MapCity[];
  sites: MapSite[];
  gaps: GapLabel[];
  legend: { kind: "site-open" | "site-planned" | "site-building" | "city-covered" | "city-gap" | "road" | "gap-label"; label: string }[];
  /** the legend's heading and the numbers' locale: the image is in the reader's language */
  legendTitle: string;
  locale: Locale;
}

const COLOURS = {
  water: "#cfe0ee", kz: "#fbfaf3", kzLine: "#3b5b7a", neighbour: "#e4e7eb", neighbourLine: "#9aa5b1", road: "#c77d2e",
  covered: "#58d68d", coveredLine: "#1e8449", gap: "#e74c3c", gapLine: "#b03a2e", site: "#1565c0", siteLine: "#0b3d6b", ink: "#1d2733",
};

/**
 * A PNG of the current view for slides: the offline base (countries, highways), cities by coverage,
 * sites by status, the labelled gaps, a title and a legend; drawn on a canvas at the screen's pixel
 * ratio with the map's own projection, so what the planner sees is what the slide shows.
 */
export function renderMapImage(map: LeafletMap, content: MapImageContent): Promise<Blob> {
  const size = map.getSize();
  const ratio = Math.max(1, Math.min(2, window.devicePixelRatio || 1));
  const canvas = document.createElement("canvas");
  canvas.width = size.x * ratio;
  canvas.height = size.y * ratio;
  const ctx = canvas.getContext("2d")!;
  ctx.scale(ratio, ratio);
  const at = (lat: number, lng: number) => map.latLngToContainerPoint([lat, lng]);
  const ring = (coords: Position[]) => coords.forEach(([lng, lat], i) => (i === 0 ? ctx.moveTo(at(lat, lng).x, at(lat, lng).y) : ctx.lineTo(at(lat, lng).x, at(lat, lng).y)));

  ctx.fillStyle = COLOURS.water;
  ctx.fillRect(0, 0, size.x, size.y);
  for (const f of content.base?.countries.features ?? []) {
    const kz = f.properties.iso === "398";
    ctx.beginPath();
    const polygons = f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const poly of polygons) for (const r of poly) ring(r);
    ctx.fillStyle = kz ? COLOURS.kz : COLOURS.neighbour;
    ctx.fill("evenodd");
    ctx.strokeStyle = kz ? COLOURS.kzLine : COLOURS.neighbourLine;
    ctx.lineWidth = kz ? 1.5 : 1;
    ctx.stroke();
  }
  if (content.showRoads) {
    ctx.strokeStyle = COLOURS.road;
    ctx.lineWidth = 1.8;
    for (const f of content.base?.roads.features ?? []) {
      ctx.beginPath();
      ring(f.geometry.coordinates);
      ctx.stroke();
    }
  }

  // as on the map: villages and district rests as small dots under the towns and cities, each group
  // sized against its own largest (place-layer.tsx, city-layer.tsx)
  const isTown = (c: MapCity) => !c.kind || c.kind === "city" || c.kind === "town";
  const towns = content.cities.filter(isTown);
  const small = content.cities.filter((c) => !isTown(c));
  const maxSmall = Math.max(1, ...small.map((c) => c.vehicles));
  for (const c of small) {
    const p = at(c.lat, c.lng);
    ctx.beginPath();
    ctx.arc(p.x, p.y, 2 + 10 * Math.sqrt(c.vehicles / maxSmall), 0, 2 * Math.PI);
    ctx.globalAlpha = c.kind === "rural" ? 0.25 : 0.6;
    ctx.fillStyle = c.covered ? COLOURS.covered : COLOURS.gap;
    ctx.fill();
    ctx.globalAlpha = 1;
    ctx.strokeStyle = c.covered ? COLOURS.coveredLine : COLOURS.gapLine;
    ctx.lineWidth = 1;
    ctx.stroke();
  }
  const max = Math.max(1, ...towns.map((c) => c.vehicles));
  for (const c of towns) {
    const p = at(c.lat, c.lng);
    ctx.beginPath();
    ctx.arc(p.x, p.y, 4 + 22 * Math.sqrt(c.vehicles / max), 0, 2 * Math.PI);
    ctx.globalAlpha = c.covered ? 0.35 : 0.55;
    ctx.fillStyle = c.covered ? COLOURS.covered : COLOURS.gap;
    ctx.fill();
    ctx.globalAlpha = 1;
    ctx.setLineDash(c.covered ? [] : [4, 3]);
    ctx.strokeStyle = c.covered ? COLOURS.coveredLine : COLOURS.gapLine;
    ctx.lineWidth = c.covered ? 1.5 : 2.5;
    ctx.stroke();
    ctx.setLineDash([]);
  }
  for (const s of content.sites) drawSite(ctx, at(s.lat, s.lng), s.status);

  ctx.font = "600 11px system-ui, sans-serif";
  const labelled = [...towns].sort((a, b) => b.vehicles - a.vehicles).slice(0, 18);
  for (const c of labelled) haloText(ctx, c.name, at(c.lat, c.lng).x + 7, at(c.lat, c.lng).y + 4, COLOURS.ink);
  for (const g of content.gaps) {
    const p = at(g.lat, g.lng);
    const text = `${g.rank} ${g.name} · ${formatInt(g.uncoveredVehicles, content.locale)}`;
    const w = ctx.measureText(text).width + 8;
    ctx.fillStyle = "rgba(255,255,255,0.92)";
    ctx.fillRect(p.x + 9, p.y - 22, w, 15);
    ctx.strokeStyle = "#c0392b";
    ctx.strokeRect(p.x + 9, p.y - 22, w, 15);
    ctx.fillStyle = "#7b241c";
    ctx.fillText(text, p.x + 13, p.y - 11);
  }

  // title, top left
  ctx.font = "700 15px system-ui, sans-serif";
  const titleWidth = Math.max(ctx.measureText(content.title).width, 10);
  ctx.font = "12px system-ui, sans-serif";
  const boxWidth = Math.max(titleWidth, ctx.measureText(content.subtitle).width) + 20;
  panel(ctx, 56, 10, boxWidth, 44);
  ctx.fillStyle = COLOURS.ink;
  ctx.font = "700 15px system-ui, sans-serif";
  ctx.fillText(content.title, 66, 29);
  ctx.font = "12px system-ui, sans-serif";
  ctx.fillText(content.subtitle, 66, 46);

  // legend, bottom left
  const rowH = 18;
  const legendH = 26 + content.legend.length * rowH;
  ctx.font = "12px system-ui, sans-serif";
  const legendW = 40 + Math.max(...content.legend.map((l) => ctx.measureText(l.label).width), 60);
  const top = size.y - legendH - 12;
  panel(ctx, 10, top, legendW, legendH);
  ctx.fillStyle = COLOURS.ink;
  ctx.font = "700 12px system-ui, sans-serif";
  ctx.fillText(content.legendTitle, 20, top + 17);
  ctx.font = "12px system-ui, sans-serif";
  content.legend.forEach((l, i) => {
    const y = top + 26 + i * rowH + rowH / 2;
    legendSymbol(ctx, l.kind, 28, y);
    ctx.fillStyle = COLOURS.ink;
    ctx.fillText(l.label, 44, y + 4);
  });

  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("The browser could not encode the image"))), "image/png"));
}

function panel(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number) {
  ctx.fillStyle = "rgba(255,255,255,0.94)";
  ctx.fillRect(x, y, w, h);
  ctx.strokeStyle = "#d8dee6";
  ctx.lineWidth = 1;
  ctx.strokeRect(x + 0.5, y + 0.5, w - 1, h - 1);
}

function haloText(ctx: CanvasRenderingContext2D, text: string, x: number, y: number, colour: string) {
  ctx.lineWidth = 3;
  ctx.strokeStyle = "rgba(255,255,255,0.9)";
  ctx.strokeText(text, x, y);
  ctx.fillStyle = colour;
  ctx.fillText(text, x, y);
}

function drawSite(ctx: CanvasRenderingContext2D, p: { x: number; y: number }, status: MapSite["status"]) {
  ctx.beginPath();
  ctx.arc(p.x, p.y, 7, 0, 2 * Math.PI);
  ctx.fillStyle = status === "planned" ? "#fff" : status === "closed" ? "#bbb" : COLOURS.site;
  ctx.fill();
  ctx.setLineDash(status === "planned" ? [3, 2] : []);
  ctx.strokeStyle = status === "planned" ? COLOURS.site : COLOURS.siteLine;
  ctx.lineWidth = 2;
  ctx.stroke();
  ctx.setLineDash([]);
  if (status === "under_construction") {
    ctx.fillStyle = "#fff";
    ctx.fillRect(p.x - 3, p.y - 1, 6, 2);
  }
}

function legendSymbol(ctx: CanvasRenderingContext2D, kind: MapImageContent["legend"][number]["kind"], x: number, y: number) {
  if (kind === "site-open") return drawSite(ctx, { x, y }, "open");
  if (kind === "site-planned") return drawSite(ctx, { x, y }, "planned");
  if (kind === "site-building") return drawSite(ctx, { x, y }, "under_construction");
  if (kind === "road") {
    ctx.strokeStyle = COLOURS.road;
    ctx.lineWidth = 2.5;
    ctx.beginPath();
    ctx.moveTo(x - 9, y);
    ctx.lineTo(x + 9, y);
    return ctx.stroke();
  }
  if (kind === "gap-label") {
    ctx.fillStyle = "#c0392b";
    return ctx.fillRect(x - 6, y - 5, 12, 10);
  }
  ctx.beginPath();
  ctx.arc(x, y, 6, 0, 2 * Math.PI);
  ctx.fillStyle = kind === "city-covered" ? "rgba(88,214,141,0.5)" : "rgba(231,76,60,0.6)";
  ctx.fill();
  ctx.strokeStyle = kind === "city-covered" ? COLOURS.coveredLine : COLOURS.gapLine;
  ctx.lineWidth = 1.5;
  ctx.stroke();
}
