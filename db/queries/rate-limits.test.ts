import { describe, expect, it } from "vitest";
import { createTestDb } from "../test-db";
import { hitRateLimit } from "./rate-limits";

describe("rate limits in the database", () => {
  it("counts per key in fixed windows; a new window starts from zero", () => {
    const db = createTestDb({ seed: false });
    const rule = { limit: 2, windowMs: 60_000 };
    const t = 1_700_000_040_000 + 40_000; // 40 s into a minute (1_700_000_040_000 starts one)
    expect([1, 2, 3].map(() => hitRateLimit(db, "writes:addr:a", rule, t).allowed)).toEqual([true, true, false]);
    expect(hitRateLimit(db, "writes:addr:a", rule, t).retryAfterSeconds).toBe(20);
    expect(hitRateLimit(db, "writes:addr:b", rule, t).allowed).toBe(true);
    expect(hitRateLimit(db, "writes:addr:a", rule, t + 20_000)).toMatchObject({ allowed: true, count: 1 });
  });

  it("two connections to one file share the count (several app processes agree)", async () => {
    const fs = await import("node:fs");
    const os = await import("node:os");
    const path = await import("node:path");
    const { migrateDatabase, openDatabase } = await import("../connection");
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "rl-")), "planner.db");
    const a = openDatabase(file);
    migrateDatabase(a);
    const b = openDatabase(file);
    const rule = { limit: 3, windowMs: 60_000 };
    const now = Date.now();
    const seen = [a, b, a, b].map((db) => hitRateLimit(db, "imports:addr:x", rule, now).count);
    expect(seen).toEqual([1, 2, 3, 4]);
    a.$client.close();
    b.$client.close();
  });
});
