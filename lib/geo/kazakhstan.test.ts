import { describe, expect, it } from "vitest";
import border from "./kazakhstan-border.json";
import { isInKazakhstan, kazakhstanOutline, tolerantKazakhstanBorder } from "./kazakhstan";

describe("isInKazakhstan", () => {
  it("accepts Kazakh cities, border towns included", () => {
    expect(isInKazakhstan(43.25667, 76.92861)).toBe(true); // Almaty
    expect(isInKazakhstan(51.1801, 71.44598)).toBe(true); // Astana
    expect(isInKazakhstan(43.65, 51.16667)).toBe(true); // Aktau, on the Caspian shore
    expect(isInKazakhstan(41.46042, 69.16791)).toBe(true); // Saryagash, by the Uzbek border
    expect(isInKazakhstan(44.2, 80.3)).toBe(true); // Khorgos ICBC
  });
  it("rejects neighbouring capitals and nonsense", () => {
    expect(isInKazakhstan(42.8746, 74.5698)).toBe(false); // Bishkek
    expect(isInKazakhstan(41.2995, 69.2401)).toBe(false); // Tashkent
    expect(isInKazakhstan(55.0084, 82.9357)).toBe(false); // Novosibirsk
    expect(isInKazakhstan(48.8566, 2.3522)).toBe(false); // Paris
    expect(isInKazakhstan(Number.NaN, 70)).toBe(false);
  });
  it("loads the Natural Earth outline", () => {
    expect(kazakhstanOutline().properties.name).toBe("Kazakhstan");
  });
  it("checks against the stored border, which still equals the buffered outline (npm run geo:border rewrites it)", () => {
    expect(border).toEqual(tolerantKazakhstanBorder());
  });
});
