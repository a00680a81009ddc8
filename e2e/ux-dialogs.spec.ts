import { expect, test, type Page } from "@playwright/test";
import { openMap } from "./ux-helpers";

/** The dialog is on screen, its first field has the focus, and Tab never leaves it. */
async function expectFocusedDialog(page: Page, name: string) {
  const dialog = page.getByRole("dialog", { name });
  await expect(dialog).toBeVisible();
  const box = (await dialog.boundingBox())!;
  const vp = page.viewportSize()!;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + Math.min(box.height, 200)).toBeLessThanOrEqual(vp.height);
  await expect(dialog.getByLabel("Brand")).toBeFocused();
  for (let i = 0; i < 25; i++) {
    await page.keyboard.press(i % 7 === 6 ? "Shift+Tab" : "Tab");
    expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  }
  return dialog;
}

// Issue 17, item 3: forms open in view, as a dialog that focuses its first field and keeps the focus.
test("'Add planned dealership', a map click and Adopt open the form in a focused dialog", async ({ page }) => {
  await openMap(page, "brand=haval&mode=road&threshold=120&includePlanned=true");

  await page.getByRole("button", { name: "Add planned dealership" }).click();
  let dialog = await expectFocusedDialog(page, "Add planned dealership");
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();

  // a click in the middle of the map (central Kazakhstan)
  const map = (await page.getByTestId("planner-map").boundingBox())!;
  await page.mouse.click(map.x + map.width * 0.45, map.y + map.height * 0.5);
  dialog = await expectFocusedDialog(page, "Add planned dealership");
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();

  const panel = page.getByRole("region", { name: "Suggest sites" });
  await panel.getByRole("button", { name: "Suggest sites" }).click();
  await expect(panel.getByTestId("suggest-summary")).toBeVisible();
  await panel.getByRole("row").nth(1).getByRole("button", { name: "Adopt" }).click();
  dialog = await expectFocusedDialog(page, "Add planned dealership");
  await expect(dialog.getByLabel("Notes")).toHaveValue(/Adopted suggestion #1/);
});
