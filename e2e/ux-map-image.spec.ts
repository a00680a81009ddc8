import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { openMap } from "./ux-helpers";

// Issue 17, comforts: a PNG of the current view with its legend, for slides; the offline base renders.
test("'Download map image' saves a PNG of the view, drawn on the offline base, with title and legend", async ({ page }) => {
  await openMap(page, "brand=great-wall&includePlanned=true");
  await expect(page.getByTestId("tiles-offline")).toBeVisible(); // tiles are unreachable: the image must not need them
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download map image (PNG)" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^map-great-wall-\d{4}-\d{2}-\d{2}\.png$/);
  const png = readFileSync((await download.path())!);
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const map = (await page.getByTestId("planner-map").boundingBox())!;
  const ratio = await page.evaluate(() => Math.max(1, Math.min(2, window.devicePixelRatio || 1)));
  expect(png.readUInt32BE(16)).toBe(Math.round(map.width * ratio));
  expect(png.readUInt32BE(20)).toBe(Math.round(map.height * ratio));

  // what is drawn: a large share of the image is Kazakhstan's fill (#fbfaf3), not the blue of water;
  // the legend (bottom left) and the title (top left) sit on white panels
  const probe = await page.evaluate(
    async ({ b64, points }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement("canvas");
      c.width = img.width;
      c.height = img.height;
      const ctx = c.getContext("2d")!;
      ctx.drawImage(img, 0, 0);
      const all = ctx.getImageData(0, 0, c.width, c.height).data;
      let kz = 0;
      for (let i = 0; i < all.length; i += 4) if (all[i] === 251 && all[i + 1] === 250 && all[i + 2] === 243) kz++;
      return { kzShare: kz / (c.width * c.height), points: points.map(([x, y]) => [...ctx.getImageData(x, y, 1, 1).data.slice(0, 3)]) };
    },
    {
      b64: png.toString("base64"),
      points: [
        [Math.round(14 * ratio), Math.round((map.height - 16) * ratio)],
        [Math.round(60 * ratio), Math.round(14 * ratio)],
      ] as [number, number][],
    },
  );
  expect(probe.kzShare).toBeGreaterThan(0.2);
  expect(Math.min(...probe.points[0])).toBeGreaterThan(235);
  expect(Math.min(...probe.points[1])).toBeGreaterThan(235);
});
