import { expect, test } from "@playwright/test";

// Issue 17, item 11: a favicon, app icons and a web manifest on every page.
test("every page links a favicon and a manifest that answer 200", async ({ page, request }) => {
  for (const path of ["/", "/map", "/dealerships", "/vehicle-park", "/reports/coverage?brand=great-wall"]) {
    const favicon = await request.get("/favicon.ico");
    expect(favicon.status(), path).toBe(200);
    expect(favicon.headers()["content-type"]).toMatch(/image\/(x-icon|vnd\.microsoft\.icon)/);
    const res = await page.goto(path);
    expect(res?.status()).toBe(200);
    const icons = await page.locator('head link[rel~="icon"]').evaluateAll((ls) => ls.map((l) => (l as HTMLLinkElement).href));
    expect(icons.length, path).toBeGreaterThan(0);
    for (const href of icons) expect((await request.get(href)).status(), href).toBe(200);
    const manifestHref = await page.locator('head link[rel="manifest"]').getAttribute("href");
    expect(manifestHref, path).toBeTruthy();
  }
  const manifest = await (await request.get("/manifest.webmanifest")).json();
  expect(manifest.name).toBe("KZ Network Planner");
  for (const icon of manifest.icons) expect((await request.get(icon.src)).status(), icon.src).toBe(200);
  expect((await request.get("/apple-icon.png")).status()).toBe(200);
});
