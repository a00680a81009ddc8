import { describe, expect, it } from "vitest";
import { coverageQuerySchema } from "./coverage-query";
import { dealershipInputSchema } from "./dealership";
import { suggestionRequestSchema } from "./suggestion";

// A value of the right type but out of range must be told its range, not "must be a number"
// (zod 4 uses a schema's own error for every check without a message).
const messageOf = (r: { success: boolean; error?: { issues: { message: string }[] } }) => r.error?.issues[0]?.message ?? "";

describe("validation messages say what is allowed", () => {
  it.each([
    ["coverage year", coverageQuerySchema, { brand: "haval", year: "1999" }, /between 2000 and 2100/],
    ["coverage year (late)", coverageQuerySchema, { brand: "haval", year: "2101" }, /between 2000 and 2100/],
    ["coverage vehicles per bay", coverageQuerySchema, { brand: "haval", vehiclesPerBay: "100001" }, /at most 100000/],
    ["suggestion year", suggestionRequestSchema, { brand: "haval", year: 1999 }, /between 2000 and 2100/],
    ["suggestion time limit", suggestionRequestSchema, { brand: "haval", timeLimitSeconds: -1 }, /above 0/],
    ["suggestion max per region", suggestionRequestSchema, { brand: "haval", constraints: { maxPerRegion: 1.5 } }, /whole number/],
  ])("%s", (_name, schema, input, expected) => {
    const msg = messageOf(schema.safeParse(input));
    expect(msg).toMatch(expected);
    expect(msg).not.toMatch(/must be a number/);
  });

  it("a latitude out of range names the range", () => {
    const r = dealershipInputSchema.safeParse({
      brand: "haval", name: "Haval Test", city: "almaty", lat: 95, lng: 76.9, status: "planned", plannedQuarter: "2027-Q1",
      sales: true, service: true, parts: true, serviceBays: 4,
    });
    expect(messageOf(r)).toMatch(/between -90 and 90/);
  });

  it("an open site with an opening date in the future is refused on openedOn", () => {
    const r = dealershipInputSchema.safeParse({
      brand: "haval", name: "Haval Test", city: "almaty", lat: 43.25, lng: 76.93, status: "open", openedOn: "2999-01-01",
      sales: true, service: true, parts: true, serviceBays: 4,
    });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0].path).toEqual(["openedOn"]);
    expect(r.error!.issues[0].message).toMatch(/future/);
  });
});
