/**
 * Coverage engine benchmark (prints numbers; not a timed test).
 *   npx tsx scripts/bench-coverage.ts
 * Synthetic instance: 10,000 demand points and 1,000 sites uniformly inside Kazakhstan's outline
 * (seeded PRNG, turf booleanPointInPolygon rejection sampling).
 *   (a) straight-line nearest-site assignment: kdbush + geokdbush vs @turf/nearest-point per point
 *   (b) re-evaluation after moving one site with the what-if engine vs a full recompute
 *   (c) road travel-time matrix 10,000 × 1,000: time and memory
 */
import v8 from "node:v8";
import vm from "node:vm";
import { featureCollection, nearestPoint, point } from "@turf/turf";
import { computeCoverage, coverageMatrix } from "@/lib/coverage/compute";
import { nearestSitesPerPoint } from "@/lib/coverage/nearest";
import { nearestSitesStraight } from "@/lib/coverage/nearest-bulk";
import { randomPointsInKazakhstan, syntheticDemand, syntheticSites } from "@/lib/coverage/synthetic";
import { mulberry32 } from "@/lib/random";
import type { DemandCity, ServiceSite, TravelMode } from "@/lib/coverage/types";
import { CoverageWhatIf } from "@/lib/coverage/what-if";
import { buildRoadGraph } from "@/lib/roads/graph";
import { TEST_CITIES } from "@/lib/roads/test-cities";

/** One printed benchmark row; times in milliseconds. */
export interface BenchRow {
  case: string;
  ms: number;
  naiveMs?: number;
  ratio?: number;
  note: string;
}

const DEMAND = 10_000;
const SITES = 1_000;
const MOVES = 20;
const WARMUP_MOVES = 10;

function now(): number {
  return performance.now();
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

const round = (x: number, digits = 2) => Number(x.toFixed(digits));
const mb = (bytes: number) => round(bytes / 1048576, 1);

// a full GC before memory readings and timed loops; works without --expose-gc
let gcFn: (() => void) | null | undefined;
function collectGarbage(): void {
  if (gcFn === undefined) {
    try {
      v8.setFlagsFromString("--expose-gc");
      gcFn = vm.runInNewContext("gc") as () => void;
    } catch {
      gcFn = null;
    }
  }
  gcFn?.();
}

function sameAnswers(label: string, a: { site: Int32Array; km: Float64Array }, b: { featureIndex: number; distanceToPoint: number }[]): void {
  b.forEach((n, i) => {
    if (n.featureIndex !== a.site[i] || n.distanceToPoint !== a.km[i]) {
      throw new Error(`${label}: straight nearest mismatch at demand ${i}: engine ${a.site[i]} vs turf ${n.featureIndex}`);
    }
  });
}

function timed(runs: number, fn: () => void): { median: number; min: number } {
  const times: number[] = [];
  for (let k = 0; k < runs; k++) {
    const t = now();
    fn();
    times.push(now() - t);
  }
  return { median: median(times), min: Math.min(...times) };
}

function benchStraightNearest(demand: DemandCity[], sites: ServiceSite[]): BenchRow[] {
  const fc = featureCollection(sites.map((s) => point([s.lng, s.lat])));
  // warm-up so JIT compilation is not billed to either side
  for (let k = 0; k < 8; k++) {
    nearestSitesStraight(demand, sites);
    nearestSitesPerPoint(demand, sites);
  }
  for (const d of demand.slice(0, 50)) nearestPoint(point([d.lng, d.lat]), fc);

  collectGarbage();
  const t1 = now();
  const naive = demand.map((d) => nearestPoint(point([d.lng, d.lat]), fc).properties);
  const naiveMs = now() - t1;

  collectGarbage();
  const engine = timed(7, () => nearestSitesStraight(demand, sites));
  const perPoint = timed(7, () => nearestSitesPerPoint(demand, sites));
  const ms = engine.median;
  const perPointMs = perPoint.median;
  sameAnswers("batched", nearestSitesStraight(demand, sites), naive);
  sameAnswers("per-point", nearestSitesPerPoint(demand, sites), naive);
  return [
    {
      case: `(a) straight nearest site, ${DEMAND} × ${SITES}`,
      ms: round(ms),
      naiveMs: round(naiveMs),
      ratio: round(naiveMs / ms, 1),
      note: `engine (kdbush + geokdbush around per grid cell, chord ranking; median of 7, min ${round(engine.min)} ms) vs @turf/nearest-point per point; all answers identical`,
    },
    {
      case: "(a') same, one geokdbush around() per point",
      ms: round(perPointMs),
      naiveMs: round(naiveMs),
      ratio: round(naiveMs / perPointMs, 1),
      note: `reference path (median of 7, min ${round(perPoint.min)} ms); identical answers`,
    },
  ];
}

function benchWhatIf(mode: TravelMode, threshold: number, demand: DemandCity[], sites: ServiceSite[]): BenchRow[] {
  const graph = buildRoadGraph(TEST_CITIES);
  const t0 = now();
  const engine = new CoverageWhatIf({ demand, sites, mode, threshold, graph });
  engine.result();
  const buildMs = now() - t0;

  const rnd = mulberry32(mode === "road" ? 99 : 98);
  const targets = randomPointsInKazakhstan(MOVES + WARMUP_MOVES, rnd);
  // warm-up moves (not measured), then a clean heap so a pending major GC is not billed to a move
  for (let k = 0; k < WARMUP_MOVES; k++) {
    const p = targets[MOVES + k];
    engine.moveSite(Math.floor(rnd() * SITES), p.lat, p.lng);
  }
  collectGarbage();
  const times: number[] = [];
  let last = engine.result();
  for (let k = 0; k < MOVES; k++) {
    const t = now();
    last = engine.moveSite(Math.floor(rnd() * SITES), targets[k].lat, targets[k].lng);
    times.push(now() - t);
  }

  // full recompute of the final state, 3 runs, median (road mode rebuilds the matrix)
  const fullTimes: number[] = [];
  let full = last;
  for (let k = 0; k < 3; k++) {
    const t = now();
    full = computeCoverage({ demand, sites: engine.sites, mode, threshold, graph });
    fullTimes.push(now() - t);
  }
  if (JSON.stringify(full) !== JSON.stringify(last)) throw new Error(`${mode} what-if result differs from the full recompute`);
  const ms = median(times);
  const fullMs = median(fullTimes);
  return [
    {
      case: `(b) what-if move one site, ${mode}, median of ${MOVES}`,
      ms: round(ms, 3),
      naiveMs: round(fullMs),
      ratio: round(fullMs / ms, 1),
      note: `vs full computeCoverage (median of 3); moves min ${round(Math.min(...times), 2)} / max ${round(Math.max(...times), 2)} ms; engine build ${round(buildMs)} ms; results identical`,
    },
  ];
}

// array buffers of collected objects are released a little after the GC itself
async function settleHeap(): Promise<void> {
  for (let k = 0; k < 3; k++) {
    collectGarbage();
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function benchRoadMatrix(demand: DemandCity[], sites: ServiceSite[]): Promise<BenchRow> {
  const graph = buildRoadGraph(TEST_CITIES);
  coverageMatrix(graph, demand.slice(0, 200), sites.slice(0, 50)); // warm-up
  await settleHeap();
  const m0 = process.memoryUsage();
  const t0 = now();
  const matrix = coverageMatrix(graph, demand, sites);
  const ms = now() - t0;
  const m1 = process.memoryUsage();
  let finite = 0;
  for (let i = 0; i < matrix.minutes.length; i++) if (matrix.minutes[i] < Infinity) finite++;
  return {
    case: `(c) road travel matrix ${DEMAND} × ${SITES}`,
    ms: round(ms),
    note:
      `${graph.nodeCount} nodes / ${graph.edgeCount} edges, ${SITES} Dijkstras; ` +
      `arrayBuffers +${mb(m1.arrayBuffers - m0.arrayBuffers)} MB, heapUsed +${mb(m1.heapUsed - m0.heapUsed)} MB, ` +
      `rss +${mb(m1.rss - m0.rss)} MB (minutes + km = ${mb(matrix.minutes.byteLength + matrix.km.byteLength)} MB); ` +
      `${finite} finite cells`,
  };
}

/** Runs the coverage benchmark and returns its rows (ms = milliseconds). */
export async function runCoverageBench(): Promise<BenchRow[]> {
  const tGen = now();
  const demand = syntheticDemand(DEMAND, 2024);
  const sites = syntheticSites(SITES, 2025);
  const genMs = now() - tGen;
  const rows: BenchRow[] = [
    { case: "synthetic instance", ms: round(genMs), note: `${DEMAND} demand + ${SITES} sites, rejection-sampled inside the outline` },
  ];
  rows.push(...benchStraightNearest(demand, sites));
  rows.push(...benchWhatIf("straight", 100, demand, sites));
  rows.push(...benchWhatIf("road", 120, demand, sites));
  rows.push(await benchRoadMatrix(demand, sites));
  return rows;
}

if (/bench-coverage\.ts$/.test(process.argv[1] ?? "")) {
  runCoverageBench()
    .then((rows) => {
      console.table(rows);
    })
    .catch((err: unknown) => {
      console.error(err);
      process.exitCode = 1;
    });
}
