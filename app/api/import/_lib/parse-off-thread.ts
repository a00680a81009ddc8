import { existsSync } from "node:fs";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { AppError } from "@/lib/errors";
import { runParseJob, type ParseJob } from "@/lib/import/parse-job";
import type { ImportParseResult } from "@/lib/import/types";

/** Bodies up to this size parse on the request thread (a few ms); bigger ones in the parse worker. */
export const INLINE_PARSE_BYTES = 64 * 1024;
/** A parse that takes longer is abandoned (the worker is replaced) and answered 500. */
const PARSE_TIMEOUT_MS = 20_000;
const WORKER_FILE = "parse-worker.mjs";

/**
 * The worker script in the checkout (cwd: npm start, tsx, vitest all run from the repo root). Not
 * `new URL(..., import.meta.url)`: the bundler would copy the script into .next/ without the
 * TypeScript parsers it loads from beside itself.
 */
function workerPath(): string {
  const file = path.join(process.cwd(), "lib", "import", WORKER_FILE);
  if (!existsSync(file)) throw new Error(`import parse worker not found at ${file}`);
  return file;
}

type Pending = { resolve: (r: ImportParseResult<unknown>) => void; reject: (e: Error) => void; timer: NodeJS.Timeout };

// One long-lived worker per process: starting one costs about a second (it loads the parsers),
// and jobs queue in its message port, so two big imports never compete for the second core.
const state = globalThis as unknown as { importParseWorker?: { worker: Worker; pending: Map<number, Pending>; nextId: number } };

function pool() {
  if (state.importParseWorker) return state.importParseWorker;
  // Reflect.construct: Next's bundler would otherwise try to bundle the worker file
  const worker = Reflect.construct(Worker, [workerPath()]) as Worker;
  const entry = { worker, pending: new Map<number, Pending>(), nextId: 1 };
  const failAll = (error: Error) => {
    for (const p of entry.pending.values()) {
      clearTimeout(p.timer);
      p.reject(error);
    }
    entry.pending.clear();
    if (state.importParseWorker === entry) state.importParseWorker = undefined;
  };
  worker.on("message", (msg: { id: number; ok: boolean; result?: ImportParseResult<unknown>; error?: string }) => {
    const p = entry.pending.get(msg.id);
    if (!p) return;
    entry.pending.delete(msg.id);
    clearTimeout(p.timer);
    if (msg.ok && msg.result) p.resolve(msg.result);
    else p.reject(new Error(`import parse worker failed: ${msg.error}`));
  });
  worker.on("error", (e) => failAll(e));
  worker.on("exit", () => failAll(new Error("import parse worker exited")));
  worker.unref(); // an idle worker must not keep a script or test run alive
  state.importParseWorker = entry;
  return entry;
}

/** Parses and validates in the worker thread; the request thread stays free for other requests. */
export function parseInWorker<Row>(job: ParseJob): Promise<ImportParseResult<Row>> {
  const entry = pool();
  const id = entry.nextId++;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      entry.pending.delete(id);
      void entry.worker.terminate(); // a stuck parse must not hold the queue; the next job starts a new worker
      reject(new AppError("internal", { cause: new Error("import parse timed out") }));
    }, PARSE_TIMEOUT_MS);
    entry.pending.set(id, { resolve: resolve as Pending["resolve"], reject, timer });
    // bytes move to the worker without a copy (the request thread is done with them)
    const transfer = typeof job.body === "string" ? [] : [job.body.buffer as ArrayBuffer];
    entry.worker.postMessage({ id, job }, transfer);
  });
}

/** Parses an import: small bodies inline, big ones off the request thread. */
export async function parseImport<Row>(job: ParseJob): Promise<ImportParseResult<Row>> {
  const size = typeof job.body === "string" ? job.body.length : job.body.byteLength;
  if (size <= INLINE_PARSE_BYTES) return runParseJob(job) as ImportParseResult<Row>;
  return parseInWorker<Row>(job);
}
