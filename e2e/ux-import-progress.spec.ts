import { expect, test } from "@playwright/test";

// Issue 17, comforts: a long import shows its progress and a check can be cancelled.
test("checking a large import file shows progress and can be cancelled; nothing is imported", async ({ page }) => {
  // hold the server's answer back, as a 100,000-row file would
  await page.route("**/api/import/vehicle-park**", async (route) => {
    await new Promise((r) => setTimeout(r, 4000));
    await route.continue().catch(() => undefined);
  });
  await page.goto("/vehicle-park?brand=great-wall");
  const panel = page.getByRole("region", { name: "Import vehicle park" });
  await expect(panel).toHaveAttribute("data-hydrated", "true");
  const rows = Array.from({ length: 2000 }, (_, i) => `Almaty,haval,${2000 + (i % 100)},${1000 + i}`).join("\n");
  await panel.getByLabel("…or paste it here").fill(`city,brand,year,vehicles\n${rows}\n`);
  await panel.getByRole("button", { name: "Check file" }).click();
  const progress = panel.getByRole("group", { name: "Import progress" });
  await expect(progress).toContainText(/Checking the file: (uploading \d+ KB of \d+ KB|the server is checking every row)/);
  await expect(progress.getByRole("progressbar")).toBeVisible();
  await progress.getByRole("button", { name: "Cancel" }).click();
  await expect(panel.getByTestId("import-cancelled")).toContainText("nothing was imported");
  await expect(progress).toHaveCount(0);
  await expect(panel.getByRole("button", { name: "Check file" })).toBeEnabled();
});
