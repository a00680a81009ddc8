import { describe, expect, it } from "vitest";
import { describeLocation, PLACE_NAME_RADIUS_KM } from "./place-name";

const places = [
  { slug: "aktobe", name: "Aktobe", lat: 50.2839, lng: 57.167 },
  { slug: "almaty", name: "Almaty", lat: 43.2389, lng: 76.8897 },
];

describe("describeLocation", () => {
  it("names a point in a city after the city", () => {
    const d = describeLocation(50.3, 57.2, places)!;
    expect(d.place.slug).toBe("aktobe");
    expect(d.within).toBe(true);
    expect(d.label).toBe("Aktobe");
    expect(d.siteSuffix).toBe("Aktobe");
  });

  it("names a point in the steppe 'near' the nearest place, with the distance", () => {
    // about 1.5 degrees of latitude north of Aktobe: ~167 km
    const d = describeLocation(51.8, 57.167, places)!;
    expect(d.within).toBe(false);
    expect(d.km).toBeGreaterThan(PLACE_NAME_RADIUS_KM);
    expect(d.label).toMatch(/^near Aktobe \(16\d km\)$/);
    expect(d.siteSuffix).toBe("near Aktobe");
  });

  it("answers null without places", () => {
    expect(describeLocation(50, 57, [])).toBeNull();
  });
});
