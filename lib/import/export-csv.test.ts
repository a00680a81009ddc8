import { describe, expect, it } from "vitest";
import { levenshtein } from "./levenshtein";
import { neutraliseCell, toCsv, UTF8_BOM } from "./export-csv";
import { parseVehicleParkCsv } from "./vehicle-park-csv";
import { TEST_REFS } from "./test-refs";

describe("CSV export", () => {
  it("neutralises formula-like text cells, quotes separators, starts with a BOM and uses CRLF", () => {
    const csv = toCsv(["name", "n"], [["=1+1", 5], ["+7 701", -3], ["@SUM", null], ["-x", 1.5], ['a,"b"', true], ["<img src=x onerror=alert(1)>", 0]]);
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(csv.slice(1).split("\r\n")).toEqual(["name,n", "'=1+1,5", "'+7 701,-3", "'@SUM,", "'-x,1.5", '"a,""b""",true', "<img src=x onerror=alert(1)>,0", ""]);
    expect(neutraliseCell("\tcmd")).toBe("'\tcmd");
    expect(neutraliseCell("Almaty")).toBe("Almaty");
  });

  it("an exported vehicle-park file imports back", () => {
    const csv = toCsv(["city", "city_ru", "brand", "year", "vehicles"], [["Almaty", "Алматы", "haval", 2025, 100]]);
    const r = parseVehicleParkCsv(csv, TEST_REFS);
    expect(r.ok && r.rows[0]).toMatchObject({ city: "almaty", vehicles: 100 });
  });
});

describe("levenshtein", () => {
  it("counts edits", () => {
    expect(levenshtein("kitten", "sitting")).toBe(3);
    expect(levenshtein("", "abc")).toBe(3);
    expect(levenshtein("алматы", "алмата")).toBe(1);
  });
});
