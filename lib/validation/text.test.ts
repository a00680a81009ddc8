import { describe, expect, it } from "vitest";
import { decimalInput } from "./numbers";
import { hasLoneSurrogate, normaliseName, normaliseText } from "./text";

describe("name normalisation", () => {
  it("NFC, invisible and control characters removed, spaces collapsed", () => {
    expect(normaliseName("Haval Ak\u200btau")).toBe("Haval Aktau");
    expect(normaliseName("\u202eHaval\u202c  Aktau\ufeff")).toBe("Haval Aktau");
    expect(normaliseName("Ko\u0301kshetau")).toBe("Kókshetau".normalize("NFC"));
    expect(normaliseName("Tab\there\u0000")).toBe("Tab here");
    expect(normaliseName("\u200b\u2060")).toBe("");
    expect(normaliseText("line one\nline\u200b two")).toBe("line one\nline two");
  });

  it("spots lone surrogates but not pairs", () => {
    expect(hasLoneSurrogate("a\ud800b")).toBe(true);
    expect(hasLoneSurrogate("a\udc00")).toBe(true);
    expect(hasLoneSurrogate("emoji 🚗")).toBe(false);
  });
});

describe("decimal input", () => {
  const lat = decimalInput("lat");
  it("takes JSON numbers and plain decimal strings only", () => {
    expect(lat.parse(43.25)).toBe(43.25);
    expect(lat.parse(" -7.5 ")).toBe(-7.5);
    expect(lat.parse("12")).toBe(12);
    for (const bad of ["0x33", "1e2", "Infinity", "", " ", "12,5", "0b11", "1_000"]) {
      const r = lat.safeParse(bad);
      expect(r.success, bad).toBe(false);
      expect(r.error?.issues[0].message).toContain("lat");
    }
    expect(lat.safeParse(Number.NaN).success).toBe(false);
  });
});
