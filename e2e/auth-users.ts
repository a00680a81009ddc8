// The e2e accounts: made with the CLI (`npm run users -- add`) by playwright.config.ts's webServer
// command on the throw-away database, signed in once each by e2e/auth.setup.ts.
import { readFileSync } from "node:fs";

export const E2E_PASSWORD = "e2e-password-1";

export const E2E_USERS = {
  admin: "admin@e2e.test",
  planner: "planner@e2e.test",
  viewer: "viewer@e2e.test",
} as const;

export type E2eRole = keyof typeof E2E_USERS;

/** Where each role's signed-in browser state (its session cookie) is saved. */
export const storageStateOf = (role: E2eRole) => `e2e/.auth/${role}.json`;

/** The Cookie header of a role's saved sign-in, for requests made without Playwright (node:http). */
export function cookieHeaderOf(role: E2eRole): string {
  const state = JSON.parse(readFileSync(storageStateOf(role), "utf8")) as { cookies: { name: string; value: string }[] };
  return state.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
}
