import type { APIRequestContext, Page } from "@playwright/test";

/** Web tiles never load in tests (no internet): make them fail fast, as offline users see it. */
export async function blockWebTiles(page: Page) {
  await page.route(/tile\.openstreetmap\.org|\/\{z\}\/|\.png(\?|$)/, (route) =>
    route.request().url().startsWith("http://127.0.0.1") ? route.continue() : route.abort("internetdisconnected"),
  );
}

export interface CoverageJson {
  totals: { vehicles: number; coveredVehicles: number; uncoveredVehicles: number; shareCovered: number };
  cities: { id: string; name: string; lat: number; lng: number; vehicles: number; covered: boolean }[];
  gaps: { cityId: string; name: string; uncoveredVehicles: number }[];
  places: { id: string; name: string; district: string; region: string; lat: number; lng: number; vehicles: number; travel: number | null; covered: boolean; kind: string }[];
  districts: { kato: string; name: string; region: string; vehicles: number; coveredVehicles: number; shareCovered: number }[];
  districtGaps: { kato: string; name: string; uncoveredVehicles: number; places: { id: string; name: string; vehicles: number }[] }[];
}

/** Towns and cities are drawn as SVG circles (path.city-marker); villages and district rests on a canvas. */
export const isTown = (p: { kind: string }) => p.kind === "city" || p.kind === "town";

/** GET /api/coverage with the given parameters. */
export async function coverageApi(request: APIRequestContext, params: Record<string, string>): Promise<CoverageJson> {
  const res = await request.get(`/api/coverage?${new URLSearchParams(params)}`);
  if (!res.ok()) throw new Error(`coverage API ${res.status()}: ${await res.text()}`);
  return res.json();
}

/** The sidebar share as the app formats it ("97.3 %"), from a 0..1 share. */
export function shareText(share: number) {
  return `${(share * 100).toFixed(1)} %`;
}
