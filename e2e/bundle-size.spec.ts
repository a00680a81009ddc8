import { expect, test } from "@playwright/test";
import { MAP_JS_BUDGET_KB, describeRouteJs, kB, routeInitialJs } from "../scripts/bundle-size";

// A size check on the build the e2e run serves (the web server runs `next build` first), not a
// timing test: the /map route's initial JavaScript, gzipped, stays within its budget.
test("the map page's initial JavaScript stays within 300 kB gzipped", async ({ request }) => {
  const js = routeInitialJs("/map");
  console.log(describeRouteJs(js, MAP_JS_BUDGET_KB));

  // the build's list must hold every script the served page actually loads, or the sum undercounts
  const html = await (await request.get("/map")).text();
  const scripts = [...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g)].map((m) => m[1].replace(/^\/_next\//, ""));
  expect(scripts.length).toBeGreaterThan(0);
  const listed = new Set(js.chunks.map((c) => c.file));
  const polyfills = scripts.filter((s) => !listed.has(s));
  // only the legacy polyfills (nomodule, never run by current browsers) may be outside the list
  for (const s of polyfills) expect(html).toMatch(new RegExp(`<script[^>]+src="/_next/${s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"[^>]*noModule`, "i"));

  expect(kB(js.gzipBytes)).toBeLessThanOrEqual(MAP_JS_BUDGET_KB);
});
