import { expect, test } from "@playwright/test";

const TILE = /tile\.openstreetmap\.org/;
// a 1x1 transparent PNG
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");

// Issue 17, item 10: an unreachable tile server is detected once, switched off, and asked no more.
test("when web tiles fail the layer switches off with a quiet notice and no more tiles are requested", async ({ page }) => {
  let requests = 0;
  await page.route(TILE, (route) => {
    requests += 1;
    return route.abort("internetdisconnected");
  });
  const errors: string[] = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await page.goto("/map?brand=great-wall");
  await expect(page.getByTestId("tiles-offline")).toContainText("offline map");
  await expect(page.getByRole("region", { name: "Map controls" }).getByLabel("web map tiles")).toBeDisabled();
  const afterSwitchOff = requests;
  expect(afterSwitchOff).toBeGreaterThan(0);
  expect(afterSwitchOff).toBeLessThan(40); // only the first batch that was already in flight

  // panning and zooming asks for nothing more
  await page.getByRole("button", { name: "Zoom in" }).click();
  await page.getByRole("button", { name: "Zoom in" }).click();
  const map = (await page.getByTestId("planner-map").boundingBox())!;
  await page.mouse.move(map.x + map.width / 2, map.y + map.height / 2);
  await page.mouse.down();
  await page.mouse.move(map.x + map.width / 2 - 200, map.y + map.height / 2 - 100, { steps: 5 });
  await page.mouse.up();
  await page.waitForTimeout(1500);
  expect(requests).toBe(afterSwitchOff);
  expect(errors.length).toBeLessThan(40);
  // no credit for tiles that never loaded (the places' ODbL credit stays: that data is drawn)
  await expect(page.locator(".leaflet-control-attribution")).not.toContainText("Tiles © OpenStreetMap");
  await expect(page.locator(".leaflet-control-attribution")).toContainText("Places © OpenStreetMap");
});

test("the OpenStreetMap credit shows once tiles load", async ({ page }) => {
  await page.route(TILE, (route) => route.fulfill({ status: 200, contentType: "image/png", body: PNG }));
  await page.goto("/map?brand=great-wall");
  await expect(page.locator(".leaflet-control-attribution")).toContainText("Tiles © OpenStreetMap");
  await expect(page.getByTestId("tiles-offline")).toHaveCount(0);
  // switched off by the planner: the credit goes with the layer
  await page.getByRole("region", { name: "Map controls" }).getByLabel("web map tiles").uncheck();
  await expect(page.locator(".leaflet-control-attribution")).not.toContainText("Tiles © OpenStreetMap");
});
