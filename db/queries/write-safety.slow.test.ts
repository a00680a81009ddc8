import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { migrateDatabase, openDatabase } from "../connection";
import { seedDatabase } from "../seed/seed";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "planner-safety-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function freshFileDb(name: string) {
  const file = path.join(tmp, name);
  const db = openDatabase(file);
  migrateDatabase(db);
  seedDatabase(db);
  return { file, db };
}

/** Runs a TypeScript child with tsx; `onLine` sees each stdout line as it arrives. */
function runChild(script: string, args: string[], onLine: (line: string, kill: () => void) => void) {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(__dirname, "test-support", script), ...args], {
    cwd: path.resolve(__dirname, "../.."),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  let buffered = "";
  child.stderr.on("data", (d) => (stderr += d));
  child.stdout.on("data", (d) => {
    buffered += d;
    const lines = buffered.split("\n");
    buffered = lines.pop()!;
    for (const line of lines) onLine(line, () => child.kill("SIGKILL"));
  });
  return new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal, stderr })),
  );
}

const count = (db: ReturnType<typeof openDatabase>, sql: string) => (db.$client.prepare(sql).get() as { n: number }).n;

describe("write safety on a file database", () => {
  it("50 concurrent writers on separate connections (5 processes) all succeed: writes wait instead of failing", async () => {
    const { file, db } = freshFileDb("concurrent.db");
    const cities = (db.$client.prepare("select slug from cities order by id").all() as { slug: string }[]).map((c) => c.slug);
    const brandSlugs = ["haval", "chery"];
    const PROCESSES = 5;
    const WRITERS = 10; // per process, each with its own connection
    const WRITES = 4; // per writer, each one transaction (upsert + audit entry)
    const FIRST_YEAR = 2060;

    // hold the write lock while the children start: every one of them must queue behind it
    db.$client.exec("BEGIN IMMEDIATE");
    db.$client.prepare("insert into vehicle_park (city_id, brand_id, year, vehicles) values (1, 1, 2099, 1)").run();
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      setTimeout(() => db.$client.exec("COMMIT"), 300);
    };

    const runs = Array.from({ length: PROCESSES }, (_, p) => {
      const writers = Array.from({ length: WRITERS }, (_, w) => {
        const n = p * WRITERS + w; // 0..49: a distinct (city, brand) per writer
        return { city: cities[n % cities.length], brand: brandSlugs[Math.floor(n / cities.length)], base: n * 100 };
      });
      const job = { file, writers, writesPerWriter: WRITES, firstYear: FIRST_YEAR };
      return runChild("park-writers.ts", [JSON.stringify(job)], (line) => line === "ready" && release());
    });
    const results = await Promise.all(runs);
    for (const r of results) expect(r, r.stderr).toMatchObject({ code: 0 });

    const total = PROCESSES * WRITERS * WRITES;
    expect(count(db, `select count(*) n from vehicle_park where year between ${FIRST_YEAR} and ${FIRST_YEAR + WRITES - 1}`)).toBe(total);
    expect(count(db, `select count(*) n from audit_log where entity = 'vehicle_park' and json_extract("after", '$.year') between ${FIRST_YEAR} and ${FIRST_YEAR + WRITES - 1}`)).toBe(total);
    // every writer's last value is there, e.g. writer 37's fourth write
    const w37 = db.$client
      .prepare(`select vehicles from vehicle_park vp join cities c on c.id = vp.city_id join brands b on b.id = vp.brand_id where c.slug = ? and b.slug = ? and year = ?`)
      .get(cities[37 % cities.length], brandSlugs[Math.floor(37 / cities.length)], FIRST_YEAR + 3) as { vehicles: number };
    expect(w37.vehicles).toBe(3703);
    db.$client.close();
  }, 120_000);

  it("a process killed (SIGKILL) in the middle of a large import leaves the database as before", async () => {
    const { file, db } = freshFileDb("killed.db");
    const before = count(db, "select count(*) n from vehicle_park");
    const auditBefore = count(db, "select count(*) n from audit_log");
    db.$client.close();

    let rows = 0;
    let progress = 0;
    const run = await runChild("import-then-die.ts", [file, "2030", "2099"], (line, kill) => {
      if (line.startsWith("rows ")) rows = Number(line.slice(5));
      if (line.startsWith("progress ")) {
        progress = Number(line.slice(9));
        if (progress >= 5000) kill();
      }
    });
    expect(run.signal, run.stderr).toBe("SIGKILL");
    expect(rows).toBeGreaterThan(40_000);
    expect(progress).toBeGreaterThanOrEqual(5000);
    expect(progress).toBeLessThan(rows); // it really died mid-way

    const after = openDatabase(file);
    expect(after.$client.pragma("integrity_check", { simple: true })).toBe("ok");
    const n = count(after, "select count(*) n from vehicle_park");
    expect([before, before + rows]).toContain(n);
    expect(n).toBe(before); // killed before COMMIT: none of the rows
    expect(count(after, "select count(*) n from audit_log")).toBe(auditBefore);
    after.$client.close();
  }, 120_000);
});
