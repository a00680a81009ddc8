// The JavaScript a route loads before it is interactive, measured from a `next build` output.
// Next 16 writes the list per route to <distDir>/diagnostics/route-bundle-stats.json (the same list
// `next build` prints as "First Load JS"); a route missing from it is an error, never a pass.
import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

/** The /map route's budget: initial JavaScript, gzipped (issue 10). */
export const MAP_JS_BUDGET_KB = 300;

export interface ChunkSize {
  file: string;
  bytes: number;
  gzipBytes: number;
}

export interface RouteJs {
  route: string;
  chunks: ChunkSize[];
  bytes: number;
  gzipBytes: number;
}

/** The build folder: next.config.js reads NEXT_DIST_DIR, so the measurement follows it. */
export function distDir(root = process.cwd()): string {
  return path.resolve(root, process.env.NEXT_DIST_DIR || ".next");
}

interface RouteBundleStats {
  route: string;
  firstLoadChunkPaths: string[];
}

/** Initial JS chunks of a route with their raw and gzipped (zlib default level) sizes. */
export function routeInitialJs(route: string, dir = distDir()): RouteJs {
  const statsFile = path.join(dir, "diagnostics", "route-bundle-stats.json");
  if (!fs.existsSync(statsFile)) throw new Error(`${statsFile} is missing: run \`next build\` first`);
  const stats = JSON.parse(fs.readFileSync(statsFile, "utf8")) as RouteBundleStats[];
  const entry = stats.find((s) => s.route === route);
  if (!entry) throw new Error(`${statsFile} lists no route ${route}`);
  const root = path.dirname(dir);
  const chunks = entry.firstLoadChunkPaths.map((p) => {
    // paths are written relative to the project ("<distDir>/static/chunks/x.js")
    const file = path.resolve(root, p);
    const content = fs.readFileSync(file);
    return { file: path.relative(dir, file), bytes: content.length, gzipBytes: gzipSync(content).length };
  });
  return {
    route,
    chunks,
    bytes: chunks.reduce((s, c) => s + c.bytes, 0),
    gzipBytes: chunks.reduce((s, c) => s + c.gzipBytes, 0),
  };
}

export const kB = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

/** One line per chunk, largest first, and the total against the budget. */
export function describeRouteJs(js: RouteJs, budgetKb: number): string {
  const lines = [...js.chunks]
    .sort((a, b) => b.gzipBytes - a.gzipBytes)
    .map((c) => `  ${String(kB(c.gzipBytes)).padStart(7)} kB gz  ${String(kB(c.bytes)).padStart(7)} kB  ${c.file}`);
  return [`${js.route}: ${kB(js.gzipBytes)} kB gzipped initial JS (${kB(js.bytes)} kB raw), budget ${budgetKb} kB`, ...lines].join("\n");
}
