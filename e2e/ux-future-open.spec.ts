import { expect, test } from "@playwright/test";
import { createSite, getSite } from "./ux-helpers";

// Issue 17, item 7: an "open" site cannot have opened in the future.
test("opening a site on a future date is refused by the server on openedOn, and the site page shows why", async ({ page, request }) => {
  const site = await createSite(request, { brand: "byd", status: "under_construction", plannedQuarter: "2027-Q1" });
  const res = await request.patch(`/api/dealerships/${site.id}`, { data: { status: "open", openedOn: "2031-01-01" } });
  expect(res.status()).toBe(400);
  const body = JSON.stringify(await res.json());
  expect(body).toContain("openedOn");
  expect(body).toContain("cannot open in the future");
  expect((await getSite(request, site.id)).status).toBe("under_construction");

  // a create is held to the same rule
  const created = await request.post("/api/dealerships", {
    data: { brand: "byd", name: `${site.name} B`, city: "almaty", lat: 43.25, lng: 76.93, status: "open", openedOn: "2031-01-01", sales: true, service: true, parts: true, serviceBays: 4 },
  });
  expect(created.status()).toBe(400);

  await page.goto(`/dealerships/${site.id}`);
  const changer = page.getByTestId("status-changer");
  await expect(changer).toHaveAttribute("data-hydrated", "true");
  await changer.getByRole("button", { name: "Mark as open…" }).click();
  await changer.getByLabel("Opened on").fill("2031-01-01");
  await changer.getByRole("button", { name: "Confirm opening" }).click();
  await expect(changer.getByRole("alert")).toContainText("cannot open in the future");
  expect((await getSite(request, site.id)).status).toBe("under_construction");
});
