import { describe, expect, it } from "vitest";
import { unneutralise } from "./csv-table";
import { MAX_IMPORT_ROWS } from "./limits";
import { TEST_REFS } from "./test-refs";
import { issueLocation, type ImportIssue } from "./types";
import { parseVehicleParkCsv } from "./vehicle-park-csv";

function issues(text: string): ImportIssue[] {
  const r = parseVehicleParkCsv(text, TEST_REFS);
  if (r.ok) throw new Error("expected problems");
  return r.issues;
}

function rows(text: string) {
  const r = parseVehicleParkCsv(text, TEST_REFS);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.rows;
}

describe("vehicle-park CSV import: good files", () => {
  it("reads a plain file, matching cities and brands by name or slug", () => {
    const out = rows("city,brand,year,vehicles\nAlmaty,haval,2025,1200\nAstana,Li Auto,2024,15\n");
    expect(out).toHaveLength(2);
    expect(out[0]).toMatchObject({ line: 2, city: "almaty", brand: "haval", year: 2025, vehicles: 1200 });
    expect(out[1]).toMatchObject({ line: 3, city: "astana", brand: "li-auto", year: 2024, vehicles: 15 });
  });

  it("tolerates case, spacing, hyphens, column order and extra columns", () => {
    const out = rows("Vehicles , YEAR,Brand,City,region\n 7 ,2025, HAVAL ,  ust  kamenogorsk ,East\n12 000,2025,li auto,UST-KAMENOGORSK,East\n");
    expect(out.map((r) => [r.city, r.brand, r.vehicles])).toEqual([
      ["ust-kamenogorsk", "haval", 7],
      ["ust-kamenogorsk", "li-auto", 12000],
    ]);
  });

  it("reads Russian city names (and ё as е)", () => {
    const out = rows("city,brand,year,vehicles\nАлматы,chery,2025,10\nусть-каменогорск,chery,2025,3\nСЕМЕЙ,chery,2025,4\nНур-Султан,chery,2025,5\n");
    expect(out.map((r) => r.city)).toEqual(["almaty", "ust-kamenogorsk", "semey", "astana"]);
  });

  it("reads a file with a BOM, Windows line endings, semicolons and blank lines, keeping true line numbers", () => {
    const out = rows("\uFEFFcity;brand;year;vehicles\r\n\r\nAlmaty;haval;2025;1\r\n  \r\nShymkent;tank;2025;0\r\n");
    expect(out.map((r) => [r.line, r.city, r.vehicles])).toEqual([
      [3, "almaty", 1],
      [5, "shymkent", 0],
    ]);
  });

  it("counts a quoted cell spanning lines when numbering later lines", () => {
    const r = parseVehicleParkCsv('city,brand,year,vehicles,comment\nAlmaty,haval,2025,1,"two\nlines"\nAtlantis,haval,2025,1,x\n', TEST_REFS);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0].line).toBe(4);
  });

  it("reads an export back: a cell our export neutralised loses its apostrophe", () => {
    expect(unneutralise("'=SUM(A1)")).toBe("=SUM(A1)");
    expect(unneutralise("'-5")).toBe("-5");
    expect(unneutralise("'quoted'")).toBe("'quoted'");
    const [i] = issues("city,brand,year,vehicles\nAlmaty,'=HYPERLINK(x),2025,1\n");
    expect(i.message).toContain('Unknown brand "=HYPERLINK(x)"');
  });
});

describe("vehicle-park CSV import: bad rows name their line and reason", () => {
  it("an unknown city gets 'did you mean' from the closest names", () => {
    const [i] = issues("city,brand,year,vehicles\nAlmaty,haval,2025,1\nAlmatty,haval,2025,1\n");
    expect(i).toMatchObject({ line: 3, field: "city" });
    expect(i.message).toContain('Unknown city "Almatty"');
    expect(i.suggestions?.[0]).toBe("Almaty (Алматы)");
    expect(i.message).toContain("did you mean Almaty (Алматы)");
  });

  it("a misspelt Russian name is suggested too; nonsense gets no suggestion", () => {
    const list = issues("city,brand,year,vehicles\nКараганды,haval,2025,1\nXyzzyville,haval,2025,1\n");
    expect(list[0].suggestions).toContain("Karaganda (Караганда)");
    expect(list[1].suggestions).toEqual([]);
  });

  it("an unknown brand", () => {
    const [i] = issues("city,brand,year,vehicles\nAlmaty,Havall,2025,1\n");
    expect(i).toMatchObject({ line: 2, field: "brand", suggestions: ["Haval"] });
  });

  it.each([
    ["-5", "whole number of 0 or more"],
    ["1.5", "whole number"],
    ["abc", "whole number"],
    ["", "vehicles is empty"],
    ["12,000", "whole number"],
    ["99999999", "at most"],
  ])("vehicles %j is refused", (value, reason) => {
    const text = `city,brand,year,vehicles\nAlmaty,haval,2025,${value.includes(",") ? `"${value}"` : value}\n`;
    const [i] = issues(text);
    expect(i).toMatchObject({ line: 2, field: "vehicles" });
    expect(i.message).toContain(reason);
  });

  it.each([
    ["1999", "2000 or later"],
    ["2025.5", "whole year"],
    ["twenty", "must be a number"],
    ["", "year is empty"],
  ])("year %j is refused", (value, reason) => {
    const [i] = issues(`city,brand,year,vehicles\nAlmaty,haval,${value},1\n`);
    expect(i).toMatchObject({ line: 2, field: "year" });
    expect(i.message).toContain(reason);
  });

  it("an empty city or brand, a short row and a duplicate", () => {
    const list = issues("city,brand,year,vehicles\n,haval,2025,1\nAlmaty,,2025,1\nAlmaty,haval,2025\nAstana,haval,2025,1\nastana,HAVAL,2025,2\n");
    expect(list.map((i) => [i.line, i.field ?? null])).toEqual([
      [2, "city"],
      [3, "brand"],
      [4, null],
      [6, null],
    ]);
    expect(list[2].message).toContain("Expected 4 cells");
    expect(list[3].message).toContain("from line 5");
  });

  it("one bad row among good ones rejects the whole file (no partial rows)", () => {
    const r = parseVehicleParkCsv("city,brand,year,vehicles\nAlmaty,haval,2025,1\nAlmaty,tank,2025,-1\n", TEST_REFS);
    expect(r.ok).toBe(false);
    expect("rows" in r).toBe(false);
  });

  it("an unterminated quote is reported at its line", () => {
    const [i] = issues('city,brand,year,vehicles\nAlmaty,haval,2025,1\n"Astana,haval,2025,1\n');
    expect(i.line).toBe(3);
    expect(issueLocation(i)).toBe("line 3");
  });
});

describe("vehicle-park CSV import: file-level refusals", () => {
  it("an empty file", () => {
    for (const text of ["", "   \n\n", "\uFEFF"]) {
      const [i] = issues(text);
      expect(i.line).toBeUndefined();
      expect(i.message).toContain("empty");
    }
  });

  it("a header-only file", () => {
    expect(issues("city,brand,year,vehicles\r\n")[0].message).toContain("no data rows");
    expect(issues("\uFEFFcity,brand,year,vehicles")[0].message).toContain("no data rows");
  });

  it("missing columns are named", () => {
    const [i] = issues("town,brand,year,count\nAlmaty,haval,2025,1\n");
    expect(i.message).toContain("city, vehicles");
  });

  it("a file over 5 MB", () => {
    const big = "city,brand,year,vehicles\n" + "Almaty,haval,2025,1\n".repeat(280_000);
    const [i] = issues(big);
    expect(i.message).toMatch(/limited to 5 MB/);
  });

  it("more than 100,000 rows", () => {
    const text = "city,brand,year,vehicles\n" + "a,b,2025,1\n".repeat(MAX_IMPORT_ROWS + 1);
    const [i] = issues(text);
    expect(i.message).toContain("more than 100,000 data rows");
  });

  it("reports at most 200 problems and stops checking there, saying where", () => {
    const list = issues("city,brand,year,vehicles\n" + "Nowhere,haval,2025,1\n".repeat(250));
    expect(list).toHaveLength(201);
    expect(list[199].line).toBe(201);
    expect(list[200].message).toContain("checking stopped after 200 problems; line 202 onwards not checked");
  });
});
