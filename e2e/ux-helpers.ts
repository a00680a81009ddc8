import { expect, type APIRequestContext, type Page } from "@playwright/test";
import { blockWebTiles } from "./helpers";

let counter = 0;
/** A name no other spec (or earlier run) uses. */
export function uniqueName(prefix: string): string {
  counter += 1;
  return `${prefix} ${Date.now().toString(36)}${counter}${Math.random().toString(36).slice(2, 6)}`;
}

export interface CreatedSite {
  id: number;
  name: string;
  city: string;
  cityName: string;
  regionName: string;
  lat: number;
  lng: number;
  status: string;
  plannedQuarter: string | null;
  serviceBays: number;
}

/** Creates a dealership through the API (planned, 3S, 6 bays unless overridden). */
export async function createSite(request: APIRequestContext, over: Record<string, unknown>): Promise<CreatedSite> {
  const res = await request.post("/api/dealerships", {
    data: {
      brand: "geely", name: uniqueName("UX site"), city: "almaty", lat: 43.25, lng: 76.93, status: "planned", plannedQuarter: "2027-Q1",
      sales: true, service: true, parts: true, serviceBays: 6, ...over,
    },
  });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()).dealership;
}

export async function getSite(request: APIRequestContext, id: number): Promise<CreatedSite> {
  return (await (await request.get(`/api/dealerships/${id}`)).json()).dealership;
}

/** Opens the map (web tiles blocked, as offline) and waits for the coverage figures. */
export async function openMap(page: Page, query: string) {
  await blockWebTiles(page);
  await page.goto(`/map?${query}`);
  await expect(page.locator("path.country-kz")).toHaveCount(1);
  await expect(page.locator('[data-kpi="share"]')).not.toHaveText("–");
}

/** Web-Mercator pixel offset (at a zoom) from one point to another, as Leaflet draws them. */
export function pixelOffset(from: { lat: number; lng: number }, to: { lat: number; lng: number }, zoom: number) {
  const scale = (256 * 2 ** zoom) / (2 * Math.PI);
  const y = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
  return { dx: ((to.lng - from.lng) * Math.PI * scale) / 180, dy: -(y(to.lat) - y(from.lat)) * scale };
}

/** The centre of an element's box. */
export async function centreOf(page: Page, selector: string | ReturnType<Page["locator"]>) {
  const loc = typeof selector === "string" ? page.locator(selector) : selector;
  const b = (await loc.boundingBox())!;
  return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
}
