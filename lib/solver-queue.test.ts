import { describe, expect, it } from "vitest";
import { QueueFullError, SolverQueue } from "./solver-queue";

/** A job that runs until released, recording when it started. */
function gate() {
  let release!: () => void;
  const done = new Promise<void>((r) => (release = r));
  return { done, release };
}

describe("solver queue", () => {
  it("runs at most 2 at once, 1 per caller; a waiting job starts when a slot frees", async () => {
    const q = new SolverQueue(() => ({ maxConcurrent: 2, maxPerCaller: 1, waitMs: 1000 }));
    const a = gate();
    const b = gate();
    const started: string[] = [];
    const ja = q.run("a", async () => (started.push("a"), a.done));
    const jb = q.run("b", async () => (started.push("b"), b.done));
    const jc = q.run("c", async () => (started.push("c"), "c done"));
    await Promise.resolve();
    expect(q.active).toBe(2);
    expect(started).toEqual(["a", "b"]);
    a.release();
    await ja;
    expect(await jc).toBe("c done");
    expect(started).toEqual(["a", "b", "c"]);
    b.release();
    await jb;
    expect(q.active).toBe(0);
  });

  it("refuses after waiting too long: busy for others, caller_busy for a second solve of one caller", async () => {
    const q = new SolverQueue(() => ({ maxConcurrent: 2, maxPerCaller: 1, waitMs: 20 }));
    const a = gate();
    const running = q.run("a", () => a.done);
    await expect(q.run("a", async () => "second")).rejects.toMatchObject({ reason: "caller_busy" });
    const b = gate();
    const other = q.run("b", () => b.done);
    await expect(q.run("c", async () => "third")).rejects.toBeInstanceOf(QueueFullError);
    a.release();
    b.release();
    await Promise.all([running, other]);
    expect(await q.run("c", async () => "later")).toBe("later");
  });
});
