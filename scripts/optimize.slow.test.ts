import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "..");
const dir = mkdtempSync(path.join(tmpdir(), "optimize-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: unknown): string {
  const f = path.join(dir, name);
  writeFileSync(f, typeof content === "string" ? content : JSON.stringify(content));
  return f;
}

function cli(...args: string[]) {
  const r = spawnSync("npx", ["tsx", "scripts/optimize.ts", ...args], { cwd: root, encoding: "utf8", timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

// Almaty has an existing dealer; with one new site within 100 km, Astana (900) beats Shymkent (500).
const cities = {
  objective: "mclp",
  p: 1,
  threshold: 100,
  metric: "haversine-km",
  demand: [
    { id: "almaty", weight: 1200, lat: 43.2567, lng: 76.9286 },
    { id: "astana", weight: 900, lat: 51.1801, lng: 71.446 },
    { id: "shymkent", weight: 500, lat: 42.3417, lng: 69.5901 },
  ],
  candidates: [
    { id: "almaty-dealer", fixed: true, lat: 43.24, lng: 76.9 },
    { id: "astana-north", lat: 51.2, lng: 71.4 },
    { id: "shymkent-centre", lat: 42.32, lng: 69.6 },
  ],
};

describe("npm run optimize (scripts/optimize.ts)", () => {
  it("prints JSON for a valid coordinate file, parameters from the file", () => {
    const r = cli("--input", file("cities.json", cities));
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ selected: ["astana-north"], objective: 2100, status: "heuristic", solver: "greedy" });
    expect(out).toHaveProperty("bound");
    expect(out).toHaveProperty("gap");
    expect(typeof out.ms).toBe("number");
  }, 60_000);

  it("flags override the file; exact p-median on a costs matrix", () => {
    const costs = { demand: [{ id: "w", weight: 10 }, { id: "mid", weight: 1 }, { id: "e", weight: 10 }], candidates: [{ id: "at0" }, { id: "at5" }, { id: "at10" }], costs: [[0, 5, 10], [5, 0, 5], [10, 5, 0]] };
    const r = cli("--input", file("line.json", costs), "--objective", "pmedian", "--p", "2", "--solver", "exact", "--time-limit", "20");
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ objective: 5, bound: 5, gap: 0, status: "optimal", solver: "exact" });
    expect([...out.selected].sort()).toEqual(["at0", "at10"]);
  }, 60_000);

  it("exits 2 with one line naming the field for an invalid file", () => {
    const bad = { ...cities, demand: [cities.demand[0], { ...cities.demand[1], weight: -5 }, cities.demand[2]] };
    const r = cli("--input", file("bad.json", bad));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim()).toBe("demand[1].weight: expected a non-negative number");
  }, 60_000);

  it("exits 2 for malformed JSON, a missing file, a bad flag or an impossible p", () => {
    expect(cli("--input", file("broken.json", "{ nope")).code).toBe(2);
    expect(cli("--input", path.join(dir, "missing.json")).stderr).toMatch(/^--input: cannot read/);
    const p = cli("--input", file("cities2.json", cities), "--p", "7");
    expect(p.code).toBe(2);
    expect(p.stderr).toMatch(/^p: 7 new sites requested/);
    expect(cli("--input", file("cities3.json", cities), "--threshold", "abc").stderr).toMatch(/^--threshold: expected a number/);
  }, 60_000);

  it("sales: captured weight against competitors, greedy and exact; exit 2 naming competitorCosts", () => {
    // Almaty has a competitor next door; Astana has none: one new site in Astana sells to every buyer there
    const sales = {
      demand: [{ id: "almaty", weight: 1200 }, { id: "astana", weight: 900 }],
      candidates: [{ id: "almaty-new" }, { id: "astana-new" }],
      costs: [[5, null], [null, 5]],
      competitorCosts: [[5], [null]],
      lambda: 0.05,
    };
    const f = file("sales.json", sales);
    const greedy = cli("--input", f, "--objective", "sales", "--p", "1");
    expect(greedy.code).toBe(0);
    expect(JSON.parse(greedy.stdout)).toMatchObject({ selected: ["astana-new"], objective: 900, status: "heuristic", solver: "greedy" });
    const exact = cli("--input", f, "--objective", "sales", "--p", "2", "--solver", "exact", "--time-limit", "20");
    expect(exact.code).toBe(0);
    // Almaty: equal utilities -> half of 1,200
    expect(JSON.parse(exact.stdout)).toMatchObject({ objective: 1500, bound: 1500, gap: 0, status: "optimal" });
    const bad = cli("--input", file("sales-bad.json", { ...sales, competitorCosts: [[5]] }), "--objective", "sales", "--p", "1");
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim()).toBe("competitorCosts: expected 2 rows (one per demand point), got 1");
    expect(cli("--input", f, "--objective", "sales", "--p", "1", "--lambda=-1").stderr).toMatch(/^lambda: expected a non-negative/);
  }, 90_000);
});
