// The map's live drag on the real seed: one planned Great Wall site moved 50 times with the what-if
// engine (what the browser runs per animation frame) vs a full recompute. Target: under 100 ms.
import { createTestDb } from "../db/test-db";
import { loadCoverageInputs } from "../db/queries/coverage-inputs";
import { CoverageWhatIf } from "../lib/coverage";
import { coverageForSites, roadGraph } from "../lib/planning/coverage-report";
import { horizonServiceSites } from "../lib/planning/horizon";
import { coverageQuerySchema } from "../lib/validation/coverage-query";
import type { BenchRow } from "./bench-coverage";

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (x: number) => Math.round(x * 1000) / 1000;

/** Live-drag timing on the seeded network (the country model's demand points, Great Wall's open + planned sites, road mode, 120 minutes). */
export function runSeedDragBench(): BenchRow[] {
  const db = createTestDb();
  const inputs = loadCoverageInputs(db, { brand: "great-wall" });
  const query = coverageQuerySchema.parse({ brand: "great-wall", threshold: "120", includePlanned: "true" });
  const sites = horizonServiceSites(inputs.sites, { includePlanned: true });
  const index = sites.findIndex((s) => s.status === "planned");
  const graph = roadGraph();
  const engine = new CoverageWhatIf({ demand: inputs.demand, sites, mode: "road", threshold: query.threshold, graph });

  const moves: number[] = [];
  const full: number[] = [];
  for (let i = 0; i < 50; i++) {
    const lat = sites[index].lat + Math.sin(i / 5) * 1.5;
    const lng = sites[index].lng + Math.cos(i / 5) * 2.5;
    let t0 = performance.now();
    const live = engine.moveSite(index, lat, lng);
    moves.push(performance.now() - t0);
    if (i % 10 === 0) {
      t0 = performance.now();
      const moved = sites.map((s, j) => (j === index ? { ...s, lat, lng } : s));
      const again = coverageForSites(inputs, moved, query);
      full.push(performance.now() - t0);
      if (again.totals.coveredVehicles !== live.totals.coveredVehicles) throw new Error("live drag and full recompute disagree");
    }
  }
  db.$client.close();
  const m = median(moves);
  const f = median(full);
  return [
    {
      case: `(d) seed live drag: ${inputs.demand.length} demand points x ${sites.length} Great Wall sites, road`,
      ms: round(m),
      naiveMs: round(f),
      ratio: Math.round((f / m) * 10) / 10,
      note: `median of 50 moves (max ${round(Math.max(...moves))} ms; target < 100 ms) vs full recompute incl. matrix; covered vehicles identical`,
    },
  ];
}
