import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { OptimizeSolverError } from "./errors";

/** A MILP in row-wise sparse form, as shipped to the HiGHS worker. */
export interface MilpModel {
  sense: "min" | "max";
  numCols: number;
  numRows: number;
  colCost: Float64Array;
  colLower: Float64Array;
  colUpper: Float64Array;
  /** 1 = integer, 0 = continuous. */
  integrality: Int32Array;
  rowLower: Float64Array;
  rowUpper: Float64Array;
  starts: Int32Array;
  indices: Int32Array;
  values: Float64Array;
}

export interface MilpSolution {
  status: "optimal" | "time_limit" | "infeasible" | "other";
  /** HiGHS model status code (7 optimal, 8 infeasible, 13 time limit...). */
  statusCode: number;
  /** Incumbent objective in model units, null without a feasible solution. */
  objective: number | null;
  /** HiGHS proven bound on the objective (mip_dual_bound), null if unavailable. */
  dualBound: number | null;
  colValue: Float64Array | null;
  /** Milliseconds HiGHS itself ran. */
  runMs: number;
}

/** Thrown when the solve was aborted or overran its wall-clock watchdog; the caller keeps its heuristic. */
export class SolveInterrupted extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = "SolveInterrupted";
  }
}

const WORKER_FILE = "highs-worker.mjs";

/**
 * Absolute path of the HiGHS worker script. An explicit override or HIGHS_WORKER_PATH must
 * exist (a typo should fail loudly); otherwise the file next to this module
 * (import.meta.url: tsx, vitest, node) and then <cwd>/lib/optimize (a bundled Next.js
 * server, where import.meta.url points into .next/) are tried.
 */
export function resolveWorkerPath(override?: string): string {
  const explicit = override ?? process.env.HIGHS_WORKER_PATH;
  if (explicit) {
    if (!existsSync(explicit)) throw new OptimizeSolverError(`HiGHS worker script not found at ${explicit}`);
    return path.resolve(explicit);
  }
  const candidates: string[] = [];
  try {
    const here = new URL(`./${WORKER_FILE}`, import.meta.url);
    if (here.protocol === "file:") candidates.push(fileURLToPath(here));
  } catch {
    // import.meta.url may be missing or not a URL in some bundles; fall through to cwd
  }
  candidates.push(path.join(process.cwd(), "lib", "optimize", WORKER_FILE));
  const found = candidates.find((file) => existsSync(file));
  if (!found) throw new OptimizeSolverError(`HiGHS worker script not found; tried ${candidates.join(", ")}`);
  return found;
}

const STATUS: Record<number, MilpSolution["status"]> = { 7: "optimal", 8: "infeasible", 13: "time_limit", 14: "time_limit", 16: "time_limit", 17: "time_limit" };

interface Pending {
  resolve: (s: MilpSolution) => void;
  reject: (e: Error) => void;
}

/** One HiGHS worker thread, reused for the successive solves of one optimisation. */
export class HighsSession {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private closed = false;
  private readonly signal?: AbortSignal;
  private readonly onAbort = () => this.fail(new SolveInterrupted("aborted"));

  constructor(workerPath?: string, signal?: AbortSignal) {
    this.signal = signal;
    // Reflect.construct: Next's bundler treats `new Worker(x)` as a module reference and would
    // try to bundle whatever x might be; this worker is a plain file loaded at run time.
    this.worker = Reflect.construct(Worker, [resolveWorkerPath(workerPath)]) as Worker;
    this.worker.on("message", (msg: { id: number; ok: boolean; result?: Omit<MilpSolution, "status">; error?: string }) => {
      const p = this.pending.get(msg.id);
      if (!p) return;
      this.pending.delete(msg.id);
      if (!msg.ok || !msg.result) p.reject(new OptimizeSolverError(`HiGHS failed: ${msg.error}`));
      else p.resolve({ ...msg.result, status: STATUS[msg.result.statusCode] ?? "other" });
    });
    this.worker.on("error", (e) => this.fail(new OptimizeSolverError(`HiGHS worker crashed: ${e.message}`)));
    this.worker.on("exit", () => this.fail(new SolveInterrupted("HiGHS worker exited")));
    signal?.addEventListener("abort", this.onAbort, { once: true });
  }

  /**
   * Solves one model; HiGHS stops itself at timeLimitSec, and a watchdog terminates the
   * worker (SolveInterrupted) if it overruns by more than max(5 s, 50 %).
   */
  solve(model: MilpModel, options: { timeLimitSec: number; mipRelGap: number }, start?: Float64Array): Promise<MilpSolution> {
    if (this.closed) return Promise.reject(new SolveInterrupted("session closed"));
    if (this.signal?.aborted) return Promise.reject(new SolveInterrupted("aborted"));
    const id = this.nextId++;
    const graceMs = Math.max(5000, options.timeLimitSec * 500);
    return new Promise<MilpSolution>((resolve, reject) => {
      const timer = setTimeout(() => this.fail(new SolveInterrupted("HiGHS overran its time limit")), options.timeLimitSec * 1000 + graceMs);
      this.pending.set(id, {
        resolve: (s) => (clearTimeout(timer), resolve(s)),
        reject: (e) => (clearTimeout(timer), reject(e)),
      });
      const buffers = [model.colCost, model.colLower, model.colUpper, model.integrality, model.rowLower, model.rowUpper, model.starts, model.indices, model.values, start]
        .filter((a): a is NonNullable<typeof a> => a !== undefined)
        .map((a) => a.buffer as ArrayBuffer);
      // transfer, not copy: the model arrays are built for this solve only
      this.worker.postMessage({ id, model, options, start }, [...new Set(buffers)]);
    });
  }

  /** Terminates the worker; pending solves reject with SolveInterrupted. */
  close(): void {
    this.fail(new SolveInterrupted("session closed"));
  }

  private fail(error: Error): void {
    if (!this.closed) {
      this.closed = true;
      this.signal?.removeEventListener("abort", this.onAbort);
      void this.worker.terminate();
    }
    for (const p of this.pending.values()) p.reject(error);
    this.pending.clear();
  }
}
