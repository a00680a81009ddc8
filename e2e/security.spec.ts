// Issue 15 against the built server: what only the real HTTP stack shows (headers, proxy refusals,
// a chunked upload, CSP in the browser). Each test creates its own data.
import http from "node:http";
import { expect, test } from "@playwright/test";
import { cookieHeaderOf } from "./auth-users";
import { blockWebTiles } from "./helpers";

const EVIL = "https://evil.example";

test("every response carries CSP (no framing), nosniff and Referrer-Policy", async ({ request }) => {
  const page = await request.get("/map");
  const html = await page.text();
  const chunk = /src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
  expect(chunk).toBeTruthy();
  for (const res of [page, await request.get("/api/health"), await request.get(chunk!), await request.get("/api/dealerships/999999")]) {
    const h = res.headers();
    expect(h["content-security-policy"], res.url()).toContain("frame-ancestors 'none'");
    expect(h["content-security-policy"]).toContain("img-src 'self' data: blob: https://tile.openstreetmap.org");
    expect(h["x-content-type-options"]).toBe("nosniff");
    expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  }
});

test("the map works under the CSP: no violation reported while it renders and a site is added", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(m.text())) violations.push(m.text());
  });
  await blockWebTiles(page);
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto("/map?brand=great-wall&mode=road&threshold=120&includePlanned=true&year=2025");
  await expect(page.locator("path.country-kz")).toHaveCount(1);
  await expect(page.locator('[data-kpi="share"]')).not.toHaveText("–");
  await page.goto("/reports/coverage?brand=great-wall&threshold=120&includePlanned=true");
  await expect(page.locator(".recharts-surface").first()).toBeVisible();
  expect(violations).toEqual([]);
});

test("a cross-site write is refused 403: JSON API, import, and a server action (not 500)", async ({ baseURL, request }) => {
  const name = `Forged ${Date.now()}`;
  const api = await request.post("/api/dealerships", {
    headers: { "Content-Type": "text/plain", Origin: EVIL },
    data: JSON.stringify({ brand: "hongqi", name, city: "taraz", lat: 42.9, lng: 71.37, status: "open", sales: true, service: true, parts: true, serviceBays: 2 }),
  });
  expect(api.status()).toBe(403);
  expect((await api.json()).error.code).toBe("forbidden");
  const imp = await request.post("/api/import/vehicle-park?dryRun=false", {
    headers: { "Content-Type": "text/plain", Origin: EVIL },
    data: "city,brand,year,vehicles\nAlmaty,haval,2025,1\n",
  });
  expect(imp.status()).toBe(403);
  const action = await request.post("/map", {
    headers: { "Next-Action": "0123456789abcdef0123456789abcdef01234567", Origin: EVIL, "Content-Type": "text/plain;charset=UTF-8" },
    data: "[]",
  });
  expect(action.status()).toBe(403);
  // the same action sent chunked (no Content-Length) is refused the same way
  const chunked = await new Promise<number>((resolve, reject) => {
    const req = http.request(new URL("/map", baseURL), {
      method: "POST",
      headers: { "Next-Action": "0123456789abcdef0123456789abcdef01234567", Origin: EVIL, "Content-Type": "text/plain;charset=UTF-8", "Transfer-Encoding": "chunked" },
    }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on("error", reject);
    req.end("[]");
  });
  expect(chunked).toBe(403);
  const list = await (await request.get("/api/dealerships?brand=hongqi")).json();
  expect(list.dealerships.map((d: { name: string }) => d.name)).not.toContain(name);
});

test("a malformed escape in the path answers 400, not 500", async ({ request }) => {
  const res = await request.get("/api/dealerships/%ff");
  expect(res.status()).toBe(400);
  expect((await res.json()).error.code).toBe("invalid_field");
});

test("a chunked upload far over 5 MB is cut off with 413, and the server stays healthy", async ({ baseURL, request }) => {
  const url = new URL("/api/import/vehicle-park?dryRun=true", baseURL);
  const chunk = Buffer.alloc(256 * 1024, "x");
  const limitBytes = 600 * 1024 * 1024;
  const { status, sentBytes } = await new Promise<{ status: number; sentBytes: number }>((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const headers = { "Content-Type": "text/csv", "Transfer-Encoding": "chunked", Cookie: cookieHeaderOf("planner") };
    const req = http.request(url, { method: "POST", headers }, (res) => {
      answered = true;
      res.resume();
      res.on("end", () => resolve({ status: res.statusCode ?? 0, sentBytes: sent }));
    });
    req.on("error", (e) => (answered ? undefined : reject(e)));
    const pump = () => {
      while (!answered && sent < limitBytes) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once("drain", pump);
      }
      if (!answered) req.end();
    };
    pump();
  });
  expect(status).toBe(413);
  // the server stopped reading near the limit: the client never got to send the 600 MB
  expect(sentBytes).toBeLessThan(100 * 1024 * 1024);
  expect((await request.get("/api/health")).status()).toBe(200);
});

test("a big import (over 64 kB) is parsed in the worker thread of the built server and previewed", async ({ request }) => {
  const stamp = Date.now();
  const rows = Array.from({ length: 2000 }, (_, i) => `hongqi,Bulk ${stamp} ${i},Kokshetau,53.28,69.39,planned,2027-Q${(i % 4) + 1}`);
  const csv = ["brand,name,city,lat,lng,status,planned_quarter", ...rows].join("\n");
  expect(csv.length).toBeGreaterThan(64 * 1024);
  const res = await request.post("/api/import/dealerships?dryRun=true", { data: csv, headers: { "Content-Type": "text/csv" } });
  expect(res.status()).toBe(200);
  expect((await res.json()).counts).toEqual({ new: 2000, updated: 0, unchanged: 0 });
  const bad = await request.post("/api/import/vehicle-park?dryRun=true", {
    data: ["city,brand,year,vehicles", ...Array.from({ length: 5000 }, (_, i) => `${"Q".repeat(40)}${i},haval,2025,10`)].join("\n"),
    headers: { "Content-Type": "text/csv" },
  });
  expect(bad.status()).toBe(422);
  const body = await bad.json();
  expect(body.error.code).toBe("invalid_rows");
  expect(body.issues.at(-1).message).toContain("checking stopped after 200 problems");
});
