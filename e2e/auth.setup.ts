// Runs once before the specs (the "setup" project): signs each e2e account in through /login and
// saves its cookies. The default project uses the planner's, so every spec (and its `request`
// fixture) is signed in as a planner without code of its own.
import { expect, test as setup } from "@playwright/test";
import { E2E_PASSWORD, E2E_USERS, storageStateOf, type E2eRole } from "./auth-users";

for (const role of Object.keys(E2E_USERS) as E2eRole[]) {
  setup(`sign in as the ${role}`, async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("Email").fill(E2E_USERS[role]);
    await page.getByLabel("Password").fill(E2E_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByTestId("signed-in-as")).toContainText(E2E_USERS[role]);
    await page.context().storageState({ path: storageStateOf(role) });
  });
}
