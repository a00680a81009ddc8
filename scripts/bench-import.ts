// Issue 15 finding 2: a hostile import must not stall the server. Measures the two files of the
// finding (1,000 rows with a 5,000-character city; 100,000 bad rows) parsed the way the import route
// does it now (bounded "did you mean", in the parse worker) against the old way (unbounded edit
// distance to every known name, on the request thread), and how long the request thread stalls
// meanwhile: the wait a concurrent GET /api/health would see. Targets: < 5 s, stall < 200 ms.
import { createTestDb } from "../db/test-db";
import { loadImportReferences } from "../db/queries/imports";
import { parseInWorker } from "../app/api/import/_lib/parse-off-thread";
import { nameKey } from "../lib/import/names";
import { CITY_ALIASES } from "../lib/import/aliases";
import type { ImportReferences } from "../lib/import/types";
import type { BenchRow } from "./bench-coverage";

const round = (x: number) => Math.round(x);

/** The old "did you mean": full edit distance against every name, no bound, no cache (main before issue 15). */
function naiveLevenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length];
}

function naiveSuggestMs(refs: ImportReferences, names: string[]): number {
  const keys = refs.cities.flatMap((c) => [c.nameEn, c.nameRu, c.slug, ...(CITY_ALIASES[c.slug] ?? [])].map(nameKey));
  const t0 = performance.now();
  let sink = 0;
  for (const name of names) {
    const q = nameKey(name);
    for (const k of keys) sink += naiveLevenshtein(q, k);
  }
  if (sink < 0) console.log(sink);
  return performance.now() - t0;
}

/** Runs `work` while a 5 ms timer measures how late the request thread answers; returns ms and the worst stall. */
async function withStallProbe(work: () => Promise<unknown>): Promise<{ ms: number; worstStallMs: number }> {
  let worst = 0;
  let last = performance.now();
  const probe = setInterval(() => {
    const now = performance.now();
    worst = Math.max(worst, now - last - 5);
    last = now;
  }, 5);
  const t0 = performance.now();
  await work();
  const ms = performance.now() - t0;
  clearInterval(probe);
  return { ms, worstStallMs: Math.max(0, worst) };
}

export async function runImportBench(): Promise<BenchRow[]> {
  const db = createTestDb();
  const refs = loadImportReferences(db);
  db.$client.close();
  // start the worker once, as a running server has it
  await parseInWorker({ kind: "vehicle-park", format: "csv", body: "city,brand,year,vehicles\nAlmaty,haval,2025,1\n", refs });

  const longCity = "Q".repeat(5000);
  const longFile = ["city,brand,year,vehicles", ...Array.from({ length: 1000 }, () => `${longCity},haval,2025,10`)].join("\n");
  const badFile = ["city,brand,year,vehicles", ...Array.from({ length: 100_000 }, (_, i) => `Nowhere ${i},haval,2025,x${i}`)].join("\n");

  const rows: BenchRow[] = [];
  for (const [label, text, names] of [
    ["1,000 rows x 5,000-char city (4.8 MB)", longFile, Array.from({ length: 4 }, () => longCity)],
    ["100,000 bad rows (unknown city, bad count)", badFile, Array.from({ length: 1000 }, (_, i) => `Nowhere ${i}`)],
  ] as const) {
    const rowsInFile = text.split("\n").length - 1;
    const body = new TextEncoder().encode(text); // as the route reads it
    const { ms, worstStallMs } = await withStallProbe(() => parseInWorker({ kind: "vehicle-park", format: "csv", body, refs }));
    // the old way's suggestion work alone, measured on a sample of rows and scaled to the file
    const naiveMs = (naiveSuggestMs(refs, [...names]) * rowsInFile) / names.length;
    rows.push({
      case: `(i) import ${label}: answer time`,
      ms: round(ms),
      naiveMs: round(naiveMs),
      ratio: Math.round((naiveMs / ms) * 10) / 10,
      note: `target < 5,000 ms; request-thread stall meanwhile ${round(worstStallMs)} ms (what /api/health waits; target < 200 ms). Naive: unbounded edit distance to every name on the request thread, ${names.length} rows timed and scaled (stall = the whole time)`,
    });
  }
  return rows;
}
