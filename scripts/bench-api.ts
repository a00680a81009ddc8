/**
 * GET /api/coverage under load (autocannon against `next start`), memoised vs computed per request.
 *   npx tsx scripts/bench-api.ts
 * Builds the app when the build folder is missing or older than the sources, then starts the
 * production server twice on a spare port with a fresh temporary database: once with COVERAGE_MEMO=0
 * (every request computes its report, today's way) and once with the memo. Each run cycles four
 * map-style queries for BENCH_API_SECONDS (default 10) at 1 and 32 connections, and at 32 asking for gzip;
 * the memoised server also answers what the map page asks for today (lib/planning/coverage-columns.ts):
 * the per-query parts with `fields=`, a query change (that answer plus the brand's demand points
 * revalidated, a 304), and a first visit's demand points. GET /api/health at 32 connections shows what
 * Next itself costs per request.
 * Every /api route but /api/health is signed-in only: the bench makes a viewer and an API token in the
 * temporary database (the users CLI's functions) and sends it as `Authorization: Bearer`.
 * Load generator and server share this machine's cores: the figures include that contention.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { migrateDatabase, openDatabase } from "../db/connection";
import { MAP_DEMAND_FIELDS, MAP_QUERY_FIELDS } from "../lib/planning/coverage-columns";
import { createApiToken, createUser } from "../db/queries/users";
import { seedDatabase } from "../db/seed/seed";
import { distDir } from "./bundle-size";

const ROOT = process.cwd();
const NEXT_BIN = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");
const SOURCES = ["app", "components", "lib", "db", "public", "next.config.js", "tsconfig.json", "package.json"];
const SECONDS = Number(process.env.BENCH_API_SECONDS ?? 10);
// 1 and 32 clients as the issue measured them (no Accept-Encoding), and 32 browsers: they ask for gzip,
// and Next compresses every answer itself (it drops a route's own Content-Encoding), memo or not
const LOADS = [
  { connections: 1, gzip: false },
  { connections: 32, gzip: false },
  { connections: 32, gzip: true },
] as const;

// what the map asked for until it used fields=: brands, both modes, both horizons, the full answer
const PATHS = [
  "/api/coverage?brand=great-wall&mode=road&threshold=120&includePlanned=true&year=2025&inputs=true",
  "/api/coverage?brand=chery&mode=road&threshold=120&includePlanned=false&year=2025",
  "/api/coverage?brand=geely&mode=straight&threshold=150&includePlanned=false",
  "/api/coverage?brand=haval&mode=road&threshold=90&includePlanned=true",
];

// the same four views as the map page asks for them now (components/planner/use-planner-data.ts:
// its query string, then fields=): the per-query parts, and the brand's demand points by brand and year
const MAP_VIEWS = [
  "brand=great-wall&mode=road&threshold=120&includePlanned=true&year=2025",
  "brand=chery&mode=road&threshold=120&includePlanned=false&year=2025",
  "brand=geely&mode=straight&threshold=150&includePlanned=false&year=2025",
  "brand=haval&mode=road&threshold=90&includePlanned=true&year=2025",
];
const MAP_ANSWER_PATHS = MAP_VIEWS.map((qs) => `/api/coverage?${qs}&fields=${MAP_QUERY_FIELDS.join(",")}`);
const MAP_DEMAND_PATHS = MAP_VIEWS.map((qs) => {
  const p = new URLSearchParams(qs);
  return `/api/coverage?brand=${p.get("brand")}&year=${p.get("year")}&fields=${MAP_DEMAND_FIELDS.join(",")}`;
});

/**
 * What a load row asks for:
 * - coverage: the full answer (PATHS), as the map asked before fields=;
 * - map-answer: the map's per-query answer;
 * - map-change: what the browser sends when a control changes: the per-query answer, and the demand
 *   points it already holds revalidated with If-None-Match (a 304), one after the other;
 * - map-demand: a first visit's demand points (no ETag yet: the whole body);
 * - health: GET /api/health, a route that does one COUNT, i.e. the framework's own cost.
 */
export type LoadTarget = "coverage" | "map-answer" | "map-change" | "map-demand" | "health";

function requestsOf(target: LoadTarget, demandEtags: Map<string, string>): autocannon.Request[] {
  const get = (path: string, headers?: Record<string, string>): autocannon.Request => ({ method: "GET", path, ...(headers ? { headers } : {}) });
  switch (target) {
    case "coverage":
      return PATHS.map((p) => get(p));
    case "map-answer":
      return MAP_ANSWER_PATHS.map((p) => get(p));
    case "map-change":
      return MAP_ANSWER_PATHS.flatMap((p, i) => [get(p), get(MAP_DEMAND_PATHS[i], { "if-none-match": demandEtags.get(MAP_DEMAND_PATHS[i]) ?? "" })]);
    case "map-demand":
      return MAP_DEMAND_PATHS.map((p) => get(p));
    case "health":
      return [get("/api/health")];
  }
}

// what the memoised server is loaded with, after the rows both servers run (LOADS on "coverage")
const MAP_LOADS: { target: LoadTarget; connections: number; gzip: boolean }[] = [
  { target: "map-answer", connections: 1, gzip: false },
  { target: "map-answer", connections: 32, gzip: false },
  { target: "map-answer", connections: 32, gzip: true },
  { target: "map-change", connections: 32, gzip: false },
  { target: "map-change", connections: 32, gzip: true },
  { target: "map-demand", connections: 32, gzip: true },
  { target: "health", connections: 32, gzip: false },
];

export interface LoadResult {
  target: LoadTarget;
  memo: boolean;
  connections: number;
  gzip: boolean;
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  /** bytes received per answer, headers included (compressed in the gzip rows) */
  bytesPerAnswer: number;
  /** the machine's 1-minute load average as the run started: other work competes for the cores */
  loadAverage: number;
  /** server CPU time per answered request: grows far less than latency when others share the machine */
  serverCpuMsPerRequest: number;
}

const CLOCK_TICKS_PER_SECOND = 100; // Linux USER_HZ

/** CPU milliseconds (user + system) a process has used so far, from /proc; NaN where there is no /proc. */
function processCpuMs(pid: number): number {
  try {
    // the command name may hold spaces: fields are counted after its closing parenthesis
    const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return NaN;
  }
}

function newestMtime(entry: string): number {
  const full = path.join(ROOT, entry);
  if (!fs.existsSync(full)) return 0;
  const stat = fs.statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of fs.readdirSync(full)) newest = Math.max(newest, newestMtime(path.join(entry, child)));
  return newest;
}

/** Runs `next build` unless the build folder is newer than every source file. */
export function ensureBuild(): void {
  const buildId = path.join(distDir(), "BUILD_ID");
  const stale = !fs.existsSync(buildId) || Math.max(...SOURCES.map(newestMtime)) > fs.statSync(buildId).mtimeMs;
  if (!stale) return;
  console.log(`building the app (next build into ${path.relative(ROOT, distDir())}) ...`);
  const build = spawnSync(process.execPath, [NEXT_BIN, "build"], { cwd: ROOT, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" }, encoding: "utf8" });
  if (build.status !== 0) throw new Error(`next build failed:\n${build.stdout}\n${build.stderr}`);
}

function sparePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(base: string, server: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`next start exited with ${server.exitCode}:\n${log()}`);
    try {
      const res = await fetch(`${base}/api/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`next start did not answer /api/health within 120 s:\n${log()}`);
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/**
 * Migrates and seeds a fresh database file and gives it a viewer (reads are all the bench needs) with
 * an API token, the way `npm run users -- add` and `-- token` would; returns the token.
 */
async function databaseWithToken(file: string): Promise<string> {
  const db = openDatabase(file);
  try {
    migrateDatabase(db);
    seedDatabase(db);
    const user = await createUser(db, { email: "bench@example.com", password: "bench-password", role: "viewer" });
    return createApiToken(db, user.userId);
  } finally {
    db.$client.close();
  }
}

async function load(
  base: string,
  serverPid: number,
  token: string,
  demandEtags: Map<string, string>,
  { connections, gzip, memo, target = "coverage" }: { connections: number; gzip: boolean; memo: boolean; target?: LoadTarget },
): Promise<LoadResult> {
  const latencies: number[] = [];
  let refused = 0;
  const cpuBefore = processCpuMs(serverPid);
  const loadAverage = Math.round(os.loadavg()[0] * 10) / 10;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: base,
        connections,
        duration: SECONDS,
        headers: { authorization: `Bearer ${token}`, ...(gzip ? { "accept-encoding": "gzip, deflate, br" } : {}) },
        requests: requestsOf(target, demandEtags),
      },
      (err, res) => (err ? reject(err) : resolve(res)),
    );
    // autocannon's summary has p97.5 but no p95: keep every response time and rank them here
    instance.on("response", (_client, status, _bytes, responseTimeMs) => {
      latencies.push(responseTimeMs);
      // a 304 is the answer a revalidation asks for (autocannon counts it as non-2xx)
      if (status !== 200 && status !== 304) refused++;
    });
  });
  const cpuMs = processCpuMs(serverPid) - cpuBefore;
  latencies.sort((a, b) => a - b);
  const round = (x: number) => Math.round(x * 10) / 10;
  return {
    target,
    memo,
    connections,
    gzip,
    requests: result.requests.total,
    requestsPerSecond: Math.round(result.requests.total / SECONDS),
    p50: round(percentile(latencies, 50)),
    p95: round(percentile(latencies, 95)),
    p99: round(percentile(latencies, 99)),
    errors: result.errors + result.timeouts + refused,
    bytesPerAnswer: Math.round(result.throughput.total / Math.max(1, result.requests.total)),
    loadAverage,
    serverCpuMsPerRequest: Math.round((cpuMs / Math.max(1, result.requests.total)) * 100) / 100,
  };
}

async function withServer<T>(memo: boolean, run: (base: string, pid: number, token: string, demandEtags: Map<string, string>) => Promise<T>): Promise<T> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-api-"));
  const token = await databaseWithToken(path.join(dir, "planner.db"));
  const port = await sparePort();
  let output = "";
  const server = spawn(process.execPath, [NEXT_BIN, "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: "production", DATABASE_PATH: path.join(dir, "planner.db"), COVERAGE_MEMO: memo ? "1" : "0", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout?.on("data", (d) => (output += d));
  server.stderr?.on("data", (d) => (output += d));
  try {
    const base = `http://127.0.0.1:${port}`;
    await waitForHealth(base, server, () => output);
    const demandEtags = new Map<string, string>();
    for (const p of [...PATHS, ...MAP_ANSWER_PATHS, ...MAP_DEMAND_PATHS]) {
      // warm-up: compile paths, road graph, and check the answers (a 401 means the token is not taken)
      const res = await fetch(base + p, { headers: { authorization: `Bearer ${token}` } });
      if (!res.ok) throw new Error(`${p} answered ${res.status}: ${await res.text()}`);
      if (MAP_DEMAND_PATHS.includes(p)) demandEtags.set(p, res.headers.get("etag") ?? "");
      await res.arrayBuffer();
    }
    return await run(base, server.pid!, token, demandEtags);
  } finally {
    server.kill("SIGTERM");
    await new Promise((r) => (server.exitCode !== null ? r(null) : server.once("exit", r)));
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Load test of GET /api/coverage, computed per request and memoised, at 1 and 32 connections. */
export async function runApiBench(): Promise<LoadResult[]> {
  ensureBuild();
  const results: LoadResult[] = [];
  for (const memo of [false, true]) {
    await withServer(memo, async (base, pid, token, etags) => {
      for (const { connections, gzip } of LOADS) results.push(await load(base, pid, token, etags, { connections, gzip, memo }));
      // what the map page asks for now, and the floor: what Next itself costs per request, whatever the route does
      if (memo) for (const row of MAP_LOADS) results.push(await load(base, pid, token, etags, { ...row, memo }));
    });
  }
  return results;
}

const ROUTE_LABELS: Record<LoadTarget, string> = {
  coverage: "full answer (the map before fields=)",
  "map-answer": "map, per-query answer (fields=)",
  "map-change": "map, control change: answer + demand 304",
  "map-demand": "map, first visit's demand points",
  health: "GET /api/health (floor: Next's own cost)",
};

/** Prints the load test as one table, then each row's ratios to today's way (the full answer, computed per request). */
export function printApiBench(results: LoadResult[]): void {
  console.log(`\n## GET /api/coverage under load (autocannon, ${SECONDS} s per row, ${PATHS.length} queries in turn; target p95 < 50 ms at 32 connections)`);
  console.log(`${os.cpus().length} cores; "load avg" above the core count means other work shared the machine and latency grew with it (server CPU per request far less)`);
  console.table(
    results.map((r) => ({
      route: r.target === "coverage" && !r.memo ? `${ROUTE_LABELS.coverage}, computed per request (COVERAGE_MEMO=0)` : `${ROUTE_LABELS[r.target]}${r.target === "health" ? "" : ", memoised"}`,
      connections: r.connections,
      gzip: r.gzip ? "yes" : "no",
      "p50 ms": r.p50,
      "p95 ms": r.p95,
      "p99 ms": r.p99,
      "req/s": r.requestsPerSecond,
      "kB/answer": Math.round(r.bytesPerAnswer / 100) / 10,
      errors: r.errors,
      "server CPU ms/req": r.serverCpuMsPerRequest,
      "load avg": r.loadAverage,
    })),
  );
  const today = (connections: number, gzip: boolean) => results.find((r) => r.target === "coverage" && !r.memo && r.connections === connections && r.gzip === gzip);
  const ratio = (a: number, b: number) => Math.round((a / b) * 10) / 10;
  for (const r of results) {
    const off = today(r.connections, r.gzip);
    if (!off || r === off || r.target === "health") continue;
    console.log(
      `${ROUTE_LABELS[r.target]}, memoised, ${r.connections} connection(s)${r.gzip ? ", gzip" : ""}: p95 ${off.p95} -> ${r.p95} ms (${ratio(off.p95, r.p95)}x), ` +
        `${off.requestsPerSecond} -> ${r.requestsPerSecond} req/s (${ratio(r.requestsPerSecond, off.requestsPerSecond)}x), ` +
        `server CPU ${off.serverCpuMsPerRequest} -> ${r.serverCpuMsPerRequest} ms per request, ${Math.round(off.bytesPerAnswer / 1000)} -> ${Math.round(r.bytesPerAnswer / 1000)} kB per answer` +
        `${r.p95 < 50 && r.connections === 32 ? " (p95 under 50 ms)" : ""}`,
    );
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  runApiBench().then(printApiBench, (err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  });
}
