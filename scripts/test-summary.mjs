// Prints the plain "N passed, N failed" line for CI from the vitest and Playwright JSON reports.
// A report that is missing (its runner never started) counts as one failure, so CI can't go green
// on a suite that did not run.
import fs from "node:fs";

function read(file) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

let passed = 0;
let failed = 0;

// two vitest runs: the quick project (npm run test:unit) and the slow one (npm run test:slow)
for (const file of ["reports/vitest.json", "reports/vitest-slow.json"]) {
  const vitest = read(file);
  if (vitest) {
    passed += vitest.numPassedTests ?? 0;
    failed += vitest.numFailedTests ?? 0;
    if (vitest.success === false && (vitest.numFailedTests ?? 0) === 0) failed += 1; // a suite that failed to load
  } else {
    console.error(`no vitest report (${file})`);
    failed += 1;
  }
}

const pw = read("reports/playwright.json");
if (pw) {
  passed += (pw.stats?.expected ?? 0) + (pw.stats?.flaky ?? 0);
  failed += pw.stats?.unexpected ?? 0;
  if ((pw.errors ?? []).length > 0 && (pw.stats?.unexpected ?? 0) === 0) failed += 1; // e.g. web server did not start
} else {
  console.error("no Playwright report (reports/playwright.json)");
  failed += 1;
}

console.log(`${passed} passed, ${failed} failed`);
