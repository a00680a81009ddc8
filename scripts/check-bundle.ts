// `npm run check:bundle` after `next build`: fails when the /map route's initial JS, gzipped, is over
// budget. `npm test` runs the same check as e2e/bundle-size.spec.ts against the build the e2e serve.
import { MAP_JS_BUDGET_KB, describeRouteJs, kB, routeInitialJs } from "./bundle-size";

try {
  const js = routeInitialJs("/map");
  console.log(describeRouteJs(js, MAP_JS_BUDGET_KB));
  if (kB(js.gzipBytes) > MAP_JS_BUDGET_KB) {
    console.error(`over budget by ${Math.round((kB(js.gzipBytes) - MAP_JS_BUDGET_KB) * 10) / 10} kB`);
    process.exitCode = 1;
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
