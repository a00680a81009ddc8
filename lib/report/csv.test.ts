import { describe, expect, it } from "vitest";
import { neutraliseCell, toCsv } from "./csv";
import { exportFileName } from "./parameters";

describe("CSV writer", () => {
  it("neutralises formula-like text cells, not numbers", () => {
    expect(["=1+2", "+7", "-cmd", "@SUM(A1)", "\tx", "safe", "a=b"].map(neutraliseCell)).toEqual(["'=1+2", "'+7", "'-cmd", "'@SUM(A1)", "'\tx", "safe", "a=b"]);
    expect(neutraliseCell(-5)).toBe(-5);
    // papaparse's own escape misses a multi-line formula; ours does not
    expect(toCsv([["=HYPERLINK(\"x\")\nline 2", 1]])).toBe('"\'=HYPERLINK(""x"")\nline 2",1');
  });

  it("quotes commas and quotes (RFC 4180) and keeps Cyrillic text", () => {
    expect(toCsv([["Алматы, центр", 'say "hi"', null]])).toBe('"Алматы, центр","say ""hi""",');
  });

  it("names files after the brand and date with safe characters only", () => {
    expect(exportFileName("great-wall", "2025-07-14", "csv")).toBe("coverage-great-wall-2025-07-14.csv");
    expect(exportFileName('a"b/../c', "2025-07-14", "geojson")).toBe("coverage-a-b-c-2025-07-14.geojson");
  });
});
