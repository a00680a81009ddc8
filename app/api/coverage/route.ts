import { getDb } from "@/db/client";
import { getCoverageReport } from "@/db/queries/coverage";
import { parseCoverageFields, selectCoverageFields } from "@/lib/planning/coverage-fields";
import { coverageResponseBody, coverageResponseInputs } from "@/lib/planning/coverage-response";
import { coverageQueryFromParams, coverageQuerySchema } from "@/lib/validation/coverage-query";
import { parseOrThrow } from "@/lib/validation/zod-errors";
import { handle } from "../_lib/respond";
import { clientHasBody, contentTag, serialisedOnce } from "./serialised";

export const dynamic = "force-dynamic";

/**
 * GET /api/coverage?brand=&mode=road|straight&threshold=&includePlanned=&year=&until=
 * [&inputs=true | &fields=<parts>]: the full answer by default; `fields` picks parts of it
 * (lib/planning/coverage-fields.ts). Every variant is serialised once per memoised report.
 */
export async function GET(request: Request) {
  return handle(() => {
    const params = new URL(request.url).searchParams;
    const fields = parseCoverageFields(params.get("fields"));
    const query = parseOrThrow(coverageQuerySchema, coverageQueryFromParams(params), "coverage query");
    const report = getCoverageReport(getDb(), query);
    const withInputs = params.get("inputs") === "true";
    const body = fields
      ? serialisedOnce(report, `fields:${fields.join(",")}`, () =>
          selectCoverageFields(report, fields, () => contentTag(report.inputs.demand)),
        )
      : serialisedOnce(report, withInputs ? "inputs" : "plain", () => ({
          ...coverageResponseBody(report),
          ...(withInputs ? { inputs: coverageResponseInputs(report) } : {}),
        }));
    // no-cache: a client may keep the answer but asks again each time; unchanged data costs a 304
    const headers = { etag: body.etag, "cache-control": "private, no-cache" };
    if (clientHasBody(request, body.etag)) return new Response(null, { status: 304, headers });
    return new Response(body.bytes, { headers: { ...headers, "content-type": "application/json" } });
  }, request);
}
