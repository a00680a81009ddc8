import { describe, expect, it } from "vitest";
import { coverageQuerySchema } from "@/lib/validation/coverage-query";
import { createTestDb } from "@/db/test-db";
import { getCoverageReport } from "@/db/queries/coverage";
import { clientHasBody, serialisedOnce } from "./serialised";

const get = (headers: Record<string, string>) => new Request("http://localhost/api/coverage", { headers });

describe("coverage response bodies", () => {
  const db = createTestDb();
  const report = getCoverageReport(db, coverageQuerySchema.parse({ brand: "chery" }));

  it("serialise a memoised report once per variant", () => {
    const build = () => ({ totals: report.coverage.totals });
    const first = serialisedOnce(report, "plain", build);
    expect(serialisedOnce(report, "plain", () => ({ other: true }))).toBe(first);
    const json = Buffer.from(first.bytes).toString("utf8");
    expect(JSON.parse(json)).toEqual({ totals: report.coverage.totals });
    const other = serialisedOnce(report, "inputs", () => ({ inputs: report.inputs.demand }));
    expect(other.etag).not.toBe(first.etag);
  });

  it("match If-None-Match weakly, in a list, or *", () => {
    const { etag } = serialisedOnce(report, "plain", () => null);
    expect(clientHasBody(get({ "if-none-match": etag }), etag)).toBe(true);
    expect(clientHasBody(get({ "if-none-match": `"x", ${etag.replace(/^W\//, "")}` }), etag)).toBe(true);
    expect(clientHasBody(get({ "if-none-match": "*" }), etag)).toBe(true);
    expect(clientHasBody(get({ "if-none-match": 'W/"stale"' }), etag)).toBe(false);
    expect(clientHasBody(get({}), etag)).toBe(false);
  });
});
