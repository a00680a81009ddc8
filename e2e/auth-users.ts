// The e2e accounts: made with the CLI (`npm run users -- add`) by playwright.config.ts's webServer
// command on the throw-away database, signed in once each by e2e/auth.setup.ts.
export const E2E_PASSWORD = "e2e-password-1";

export const E2E_USERS = {
  admin: "admin@e2e.test",
  planner: "planner@e2e.test",
  viewer: "viewer@e2e.test",
} as const;

export type E2eRole = keyof typeof E2E_USERS;

/** Where each role's signed-in browser state (its session cookie) is saved. */
export const storageStateOf = (role: E2eRole) => `e2e/.auth/${role}.json`;
