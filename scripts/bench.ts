// `npm run bench`: every speed target, measured against the naive way in the same run, as one table.
// Numbers, not assertions: CI runs the tests, not this (a loaded machine would make timings flaky).
import { printApiBench, runApiBench } from "./bench-api";
import { runCoverageBench, type BenchRow } from "./bench-coverage";
import { runImportBench } from "./bench-import";
import { runOptimizeBench } from "./bench-optimize";
import { runCountryBench } from "./bench-country";
import { runSeedDragBench } from "./bench-seed-drag";
import { runSeededMarketBench } from "./bench-market";
import { MAP_JS_BUDGET_KB, describeRouteJs, kB, routeInitialJs } from "./bundle-size";

function printTable(title: string, rows: BenchRow[]) {
  console.log(`\n## ${title}`);
  console.table(
    rows.map((r) => ({
      case: r.case,
      "ms": r.ms,
      "naive ms": r.naiveMs ?? "",
      "speed-up": r.ratio !== undefined ? `${r.ratio}x` : "",
      note: r.note,
    })),
  );
}

function printMapBundle() {
  const js = routeInitialJs("/map");
  console.log(`\n## Map page JavaScript (initial JS of /map after next build, gzipped)`);
  console.log(describeRouteJs(js, MAP_JS_BUDGET_KB));
  console.log(kB(js.gzipBytes) <= MAP_JS_BUDGET_KB ? "within budget" : "OVER BUDGET");
}

async function main() {
  // the load test builds the app when needed; the bundle is measured from that same build
  printApiBench(await runApiBench());
  printMapBundle();
  printTable("Coverage engine (lib/coverage, lib/roads)", [...(await runCoverageBench()), ...runSeedDragBench()]);
  printTable("Optimisers (lib/optimize)", await runOptimizeBench());
  printTable("Imports (lib/import, parse worker)", await runImportBench());
  printTable("Country model (places, districts, national roads)", await runCountryBench());
  printTable("Sales model (lib/market, objective sales)", await runSeededMarketBench());
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
