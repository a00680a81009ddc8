import { describe, expect, it } from "vitest";
import { listHref, parseListParams } from "./dealership-list-params";

describe("registry list params", () => {
  it("reads repeated and comma-separated lists, and drops only the invalid values", () => {
    expect(parseListParams({ status: ["open", "planned"], services: "service,parts", sort: "bays", dir: "desc" })).toEqual({
      status: ["open", "planned"], services: ["service", "parts"], sort: "bays", dir: "desc",
    });
    expect(parseListParams({ status: "bogus", q: "Almaty", sort: "nope" })).toEqual({ q: "Almaty" });
    expect(parseListParams({ brand: "", q: "" })).toEqual({});
  });

  it("reads single-valued fields given as lists (as an export reads them with getAll)", () => {
    expect(parseListParams({ brand: ["haval"], city: ["almaty"], q: ["West"], page: ["2"], status: ["open"] })).toEqual({
      brand: "haval", city: "almaty", q: "West", page: 2, status: ["open"],
    });
  });

  it("builds links that keep the other filters", () => {
    const p = parseListParams({ brand: "haval", status: "open" });
    expect(listHref(p, { sort: "city", dir: "asc" })).toBe("/dealerships?brand=haval&status=open&sort=city&dir=asc");
    expect(listHref(p, { status: undefined })).toBe("/dealerships?brand=haval");
    expect(listHref({})).toBe("/dealerships");
  });
});
