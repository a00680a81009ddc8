/**
 * A small admission queue for expensive work (exact solves): at most `maxConcurrent` jobs run at
 * once, at most `maxPerCaller` of them for one caller; a job that cannot start waits up to
 * `waitMs` for a slot and is otherwise refused. Pure (no I/O): the caller maps a refusal to 429.
 */
export interface QueueLimits {
  maxConcurrent: number;
  maxPerCaller: number;
  waitMs: number;
}

export class QueueFullError extends Error {
  constructor(readonly reason: "busy" | "caller_busy") {
    super(reason === "busy" ? "every solver slot is busy" : "this caller already has a solve running");
    this.name = "QueueFullError";
  }
}

interface Waiter {
  caller: string;
  start: () => void;
}

export class SolverQueue {
  private running = 0;
  private readonly perCaller = new Map<string, number>();
  private readonly waiting: Waiter[] = [];

  constructor(private readonly limits: () => QueueLimits) {}

  /** Jobs running now (for tests and the bench). */
  get active(): number {
    return this.running;
  }

  private canStart(caller: string, l: QueueLimits): boolean {
    return this.running < l.maxConcurrent && (this.perCaller.get(caller) ?? 0) < l.maxPerCaller;
  }

  private take(caller: string) {
    this.running++;
    this.perCaller.set(caller, (this.perCaller.get(caller) ?? 0) + 1);
  }

  private release(caller: string) {
    this.running--;
    const n = (this.perCaller.get(caller) ?? 1) - 1;
    if (n <= 0) this.perCaller.delete(caller);
    else this.perCaller.set(caller, n);
    const l = this.limits();
    // first waiter that may start now (a caller at its own limit does not block the others)
    const i = this.waiting.findIndex((w) => this.canStart(w.caller, l));
    if (i >= 0) this.waiting.splice(i, 1)[0].start();
  }

  /** Runs `job` once a slot is free for `caller`; rejects with QueueFullError after waiting too long. */
  async run<T>(caller: string, job: () => Promise<T>): Promise<T> {
    const l = this.limits();
    if (!this.canStart(caller, l)) {
      await new Promise<void>((resolve, reject) => {
        const waiter: Waiter = {
          caller,
          start: () => {
            clearTimeout(timer);
            resolve();
          },
        };
        const timer = setTimeout(() => {
          const at = this.waiting.indexOf(waiter);
          if (at >= 0) this.waiting.splice(at, 1);
          reject(new QueueFullError((this.perCaller.get(caller) ?? 0) >= l.maxPerCaller ? "caller_busy" : "busy"));
        }, l.waitMs);
        this.waiting.push(waiter);
      });
    }
    this.take(caller);
    try {
      return await job();
    } finally {
      this.release(caller);
    }
  }
}
