// `npm run bench`: every speed target, measured against the naive way in the same run, as one table.
// Numbers, not assertions: CI runs the tests, not this (a loaded machine would make timings flaky).
import { runCoverageBench, type BenchRow } from "./bench-coverage";
import { runOptimizeBench } from "./bench-optimize";
import { runCountryBench } from "./bench-country";
import { runSeedDragBench } from "./bench-seed-drag";

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

async function main() {
  printTable("Coverage engine (lib/coverage, lib/roads)", [...(await runCoverageBench()), ...runSeedDragBench()]);
  printTable("Optimisers (lib/optimize)", await runOptimizeBench());
  printTable("Country model (places, districts, national roads)", await runCountryBench());
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
