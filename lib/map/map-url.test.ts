import { describe, expect, it } from "vitest";
import { DEFAULT_LAYERS, mapStateParams, parseLayers, parseSelectedSite, parseView } from "./map-url";

describe("map URL state", () => {
  it("round-trips layers, view and the selected site", () => {
    const layers = { ...DEFAULT_LAYERS, reach: false, closed: true };
    const p = Object.fromEntries(mapStateParams(layers, { lat: 43.23891, lng: 76.88972, zoom: 9 }, 12));
    expect(p).toEqual({ layers: "tiles,roads,cities,sites,closed", at: "43.2389,76.8897,9", site: "12" });
    expect(parseLayers(p)).toEqual(layers);
    expect(parseView(p)).toEqual({ lat: 43.2389, lng: 76.8897, zoom: 9 });
    expect(parseSelectedSite(p)).toBe(12);
  });

  it("keeps the district choropleth's choice, and leaves the default out of the URL", () => {
    const layers = { ...DEFAULT_LAYERS, districts: "uncovered" as const };
    const p = Object.fromEntries(mapStateParams(layers, null, null));
    expect(p.districts).toBe("uncovered");
    expect(parseLayers(p)).toEqual(layers);
    expect(mapStateParams(DEFAULT_LAYERS, null, null).has("districts")).toBe(false);
  });

  it("falls back to the defaults on absent or unreadable values", () => {
    expect(parseLayers({})).toEqual(DEFAULT_LAYERS);
    expect(parseLayers({ layers: "" })).toEqual({
      districts: "share", tiles: false, roads: false, reach: false, cities: false, sites: false, closed: false, sales: false, competitors: false,
    });
    expect(parseLayers({ districts: "pink" }).districts).toBe("share");
    expect(parseView({ at: "43,76" })).toBeNull();
    expect(parseView({ at: "95,76,5" })).toBeNull();
    expect(parseSelectedSite({ site: "abc" })).toBeNull();
  });

  it("keeps the sales and competitor layers in the link", () => {
    const layers = { ...DEFAULT_LAYERS, sales: true, competitors: true };
    const p = Object.fromEntries(mapStateParams(layers, null, null));
    expect(p.layers).toBe("tiles,roads,reach,cities,sites,sales,competitors");
    expect(parseLayers(p)).toEqual(layers);
    expect(DEFAULT_LAYERS.sales).toBe(false);
  });
});
