import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { listBrands } from "@/db/queries/brands";
import { CompareDiffMap } from "@/components/scenarios/compare-diff-map";
import { CompareTable, RegionDeltaTable } from "@/components/scenarios/compare-table";
import { PrintButton } from "@/components/report/print-button";
import { AppError, firstMessage } from "@/lib/errors";
import { brandOptions } from "@/lib/planning/brand-options";
import { compareFromParams } from "@/app/api/scenarios/_lib/compare-request";

export const dynamic = "force-dynamic";
export const metadata = { title: "Compare scenarios · KZ Network Planner" };

const OSM_TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";
type SearchParams = Record<string, string | string[] | undefined>;

function run(params: SearchParams) {
  try {
    return { data: compareFromParams({ brand: "great-wall", ids: "live", ...params }), error: null };
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    if (error instanceof AppError) return { data: null, error: firstMessage(error.toBody()) };
    throw error;
  }
}

/** Live and 1-4 scenarios side by side: KPIs, capital cost, per-region deltas, a diff map; CSV and print. */
export default async function ComparePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const { data, error } = run(params);
  const options = brandOptions(listBrands(getDb()));
  const value = (k: string, d: string) => (typeof params[k] === "string" ? (params[k] as string) : d);
  const qs = new URLSearchParams(Object.entries(params).flatMap(([k, v]) => (typeof v === "string" ? [[k, v]] : []))).toString();
  return (
    <main className="scenario-page">
      <h1>Compare scenarios</h1>
      <form method="get" className="no-print inputs-row" aria-label="Comparison inputs">
        <input type="hidden" name="ids" value={value("ids", "live")} />
        <label>
          Brand{" "}
          <select name="brand" defaultValue={value("brand", "great-wall")}>
            {options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </label>{" "}
        <label>
          Mode{" "}
          <select name="mode" defaultValue={value("mode", "road")}>
            <option value="road">road minutes</option>
            <option value="straight">straight-line km</option>
          </select>
        </label>{" "}
        <label>
          Threshold <input name="threshold" size={5} defaultValue={value("threshold", "")} placeholder="120" />
        </label>{" "}
        <label>
          Cost per bay <input name="costPerBay" size={9} defaultValue={value("costPerBay", String(data?.compare.costPerBay ?? 60000))} />
        </label>{" "}
        <label>
          Fixed cost per site <input name="costPerSite" size={9} defaultValue={value("costPerSite", String(data?.compare.costPerSite ?? 400000))} />
        </label>{" "}
        <button type="submit">Update</button>
      </form>
      {error ? <p className="field-error" role="alert">{error}</p> : null}
      {data ? (
        <>
          <p className="muted">
            {data.query.brand}, {data.query.mode === "road" ? `${data.query.threshold} min by road` : `${data.query.threshold} km straight line`}, planned openings{" "}
            {data.query.includePlanned ? "included" : "excluded"}; capital cost = bays × {data.compare.costPerBay} + sites × {data.compare.costPerSite}.
          </p>
          <p className="no-print">
            <a href={`/api/scenarios/compare.csv?${qs}`} download>
              Download CSV
            </a>{" "}
            <PrintButton /> <Link href="/scenarios">All scenarios</Link>
          </p>
          <CompareTable scenarios={data.result.scenarios} unit={data.query.mode === "road" ? "minutes" : "km"} />
          <CompareDiffMap scenarios={data.result.scenarios} tileUrl={process.env.NEXT_PUBLIC_TILE_URL ?? OSM_TILES} />
          <h2>Per region</h2>
          <RegionDeltaTable scenarios={data.result.scenarios} />
        </>
      ) : null}
    </main>
  );
}
