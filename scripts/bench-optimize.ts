/**
 * Facility-location optimiser benchmark (prints numbers; not a timed test).
 *   npx tsx scripts/bench-optimize.ts
 * (a) scale: 100,000 demand × 5,000 candidates (clustered lat/lng over Kazakhstan's
 *     extent), sparse coverage via kdbush + lazy greedy MCLP p=50: time and peak RSS
 * (b) lazy vs naive (full rescan) greedy on 20,000 × 1,000, same run, for the ratio
 * (c) 2,000 × 300 clustered MCLP: greedy alone vs greedy + swap (the app's fast answer) vs
 *     the proven optimum, gap and ms side by side
 * (d) p-median heuristic (bench-pmedian.ts): VNS vs today's greedy + interchange, against
 *     proven optima and, on larger instances, the best known
 */
import { availableParallelism, loadavg } from "node:os";

import { buildCoverProblem } from "@/lib/optimize/cover-problem";
import { sparseCoverageFromCoordinates, type PointSet } from "@/lib/optimize/coverage-geo";
import { lazyGreedyCover, naiveGreedyCover } from "@/lib/optimize/greedy-cover";
import { coverageFromCosts } from "@/lib/optimize/coverage";
import { optimize, optimizeCoverageGreedy, optimizeGreedy } from "@/lib/optimize/optimize";
import { clusteredPoints, randomCentres, randomClusteredInstance } from "@/lib/optimize/random-instance";
import { mulberry32 } from "@/lib/random";
import type { CoverageInstance } from "@/lib/optimize/types";
import { prepareInstance } from "@/lib/optimize/validate";

import type { BenchRow } from "./bench-coverage";
import { runPMedianBench } from "./bench-pmedian";

const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;
const pct = (x: number) => `${round(100 * x, 2)} %`;

/** Clustered lat/lng points: ~60 "towns" inside Kazakhstan's bounding box, ~30 km spread. */
function kazakhstanLike(seed: number, nDemand: number, nCand: number): { demand: PointSet; candidates: PointSet; weights: Float64Array } {
  const rng = mulberry32(seed);
  const centres = randomCentres(rng, 60, 50, 85, 41, 54);
  const demand = clusteredPoints(rng, nDemand, { centres, sigma: 0.3 });
  const candidates = clusteredPoints(rng, nCand, { centres, sigma: 0.4 });
  const weights = new Float64Array(nDemand).map(() => 1 + Math.floor(rng() * 50));
  return { demand, candidates, weights };
}

function coverageInstance(seed: number, nDemand: number, nCand: number, thresholdKm: number): { instance: CoverageInstance; buildMs: number } {
  const { demand, candidates, weights } = kazakhstanLike(seed, nDemand, nCand);
  const t0 = performance.now();
  const coverage = sparseCoverageFromCoordinates(demand, candidates, thresholdKm, "haversine-km");
  const buildMs = performance.now() - t0;
  const instance: CoverageInstance = {
    demandIds: Array.from({ length: nDemand }, (_, i) => `d${i}`),
    weights,
    candidateIds: Array.from({ length: nCand }, (_, j) => `c${j}`),
    fixed: new Array<boolean>(nCand).fill(false),
    coverage,
  };
  return { instance, buildMs };
}

/** Best of 3 warm runs of the bare lazy and naive greedy cores on the same problem. */
function lazyVsNaive(label: string, instance: CoverageInstance, p: number): BenchRow {
  const opts = { objective: "mclp", p } as const;
  const { prepared } = prepareInstance(instance.demandIds, instance.weights, instance.candidateIds, instance.fixed, opts, false);
  const pb = buildCoverProblem(prepared, instance.coverage, 0);
  let lazyMs = Infinity;
  let naiveMs = Infinity;
  let same = true;
  for (let rep = 0; rep < 3; rep++) {
    const t0 = performance.now();
    const lazy = lazyGreedyCover(pb, p);
    lazyMs = Math.min(lazyMs, performance.now() - t0);
    const t1 = performance.now();
    const naive = naiveGreedyCover(pb, p);
    naiveMs = Math.min(naiveMs, performance.now() - t1);
    same &&= lazy.order.join() === naive.order.join();
  }
  return { case: label, ms: round(lazyMs, 2), naiveMs: round(naiveMs, 1), ratio: round(naiveMs / lazyMs), note: `bare greedy cores, best of 3; same sites: ${same}` };
}

function benchScale(): BenchRow[] {
  const t0 = performance.now();
  const { instance, buildMs } = coverageInstance(42, 100_000, 5_000, 25);
  const tGreedy = performance.now();
  const r = optimizeCoverageGreedy(instance, { objective: "mclp", p: 50 });
  const greedyMs = performance.now() - tGreedy;
  const totalMs = performance.now() - t0;
  const peakMb = process.resourceUsage().maxRSS / 1024;
  const nnz = instance.coverage.demand.length;
  return [
    {
      case: "scale 100k x 5k: kdbush coverage (25 km)",
      ms: round(buildMs),
      note: `${(nnz / 1e6).toFixed(1)}M covered pairs (dense would be 500M)`,
    },
    {
      case: "scale 100k x 5k: lazy greedy MCLP p=50",
      ms: round(greedyMs),
      note: `incl. steps + online bound; covers ${pct(r.coveredShare!)}, bound gap ${pct(r.gap ?? NaN)}; case total ${round(totalMs)} ms (<5000: ${totalMs < 5000}), peak RSS ${round(peakMb, 0)} MB (<2048: ${peakMb < 2048})`,
    },
    // the naive rescan is still affordable at full size, so measure it there as well
    lazyVsNaive("lazy vs naive greedy 100k x 5k p=50", instance, 50),
  ];
}

function benchLazyVsNaive(): BenchRow {
  return lazyVsNaive("lazy vs naive greedy 20k x 1k p=50", coverageInstance(7, 20_000, 1_000, 25).instance, 50);
}

const clustered = (seed: number) => randomClusteredInstance({ nDemand: 2000, nCand: 300, nClusters: 40, size: 1000, sigma: 30, seed, fixedShare: 0.03 }).instance;

/**
 * Best of 3 runs, so JIT warm-up is not billed to either side. Also the best CPU time of
 * this thread: on a shared machine the wall clock includes waiting for a core.
 */
function bestOf3<T>(f: () => T): { value: T; ms: number; cpuMs: number } {
  let ms = Infinity;
  let cpuMs = Infinity;
  let value!: T;
  for (let rep = 0; rep < 3; rep++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    value = f();
    ms = Math.min(ms, performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpuMs = Math.min(cpuMs, (c.user + c.system) / 1000);
  }
  return { value, ms, cpuMs };
}

/** The lazy greedy alone, as the greedy path worked before the swap: coverage lists + greedy. */
function greedyOnly(inst: ReturnType<typeof clustered>, p: number, threshold: number): number {
  const { prepared } = prepareInstance(inst.demandIds, inst.weights, inst.candidateIds, inst.fixed, { objective: "mclp", p, threshold });
  const pb = buildCoverProblem(prepared, coverageFromCosts(inst.costs, prepared.n, prepared.m, threshold), 0);
  return lazyGreedyCover(pb, p).coveredWeight;
}

async function benchMclp(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  let worstGreedy = 0;
  let worstSwap = 0;
  let maxSwapMs = 0;
  let maxSwapCpuMs = 0;
  for (const seed of [1, 2, 3, 4]) {
    for (const p of [10, 20]) {
      const inst = clustered(seed);
      const opts = { objective: "mclp", p, threshold: 30 } as const;
      const greedy = bestOf3(() => greedyOnly(inst, p, 30));
      const swap = bestOf3(() => optimizeGreedy(inst, opts));
      const e = await optimize(inst, { ...opts, solver: "exact", timeLimitSec: 60 });
      const gapOf = (x: number) => (e.objective - x) / e.objective;
      worstGreedy = Math.max(worstGreedy, gapOf(greedy.value));
      worstSwap = Math.max(worstSwap, gapOf(swap.value.objective));
      maxSwapMs = Math.max(maxSwapMs, swap.ms);
      maxSwapCpuMs = Math.max(maxSwapCpuMs, swap.cpuMs);
      rows.push({
        case: `MCLP 2000x300 p=${p} 30 km, seed ${seed}`,
        ms: round(swap.ms),
        naiveMs: round(greedy.ms),
        note: `greedy+swap ${pct(gapOf(swap.value.objective))} below the optimum | greedy alone ${pct(gapOf(greedy.value))} | exact ${e.status} ${e.objective} in ${round(e.ms)} ms | greedy+swap CPU ${round(swap.cpuMs)} ms`,
      });
    }
  }
  rows.push({
    case: "MCLP greedy+swap summary (8)",
    ms: round(maxSwapMs),
    note: `worst gap greedy+swap ${pct(worstSwap)} (target <= 0.5 %), greedy alone ${pct(worstGreedy)}; max greedy+swap ${round(maxSwapMs)} ms wall, ${round(maxSwapCpuMs)} ms CPU, incl. coverage lists and steps (target < 100 ms); load average ${round(loadavg()[0])} on ${availableParallelism()} cores`,
  });
  return rows;
}

/** Runs every case; resolves to printable rows. The scale case goes first so peak RSS is its own. */
export async function runOptimizeBench(): Promise<BenchRow[]> {
  const rows = [...benchScale(), benchLazyVsNaive()];
  rows.push(...(await benchMclp()));
  rows.push(...(await runPMedianBench()));
  return rows;
}

if (/bench-optimize\.ts$/.test(process.argv[1] ?? "")) {
  const t0 = performance.now();
  runOptimizeBench().then(
    (rows) => {
      console.table(rows);
      console.log(`total ${round((performance.now() - t0) / 1000)} s`);
    },
    (e) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
