// The proxy's sign-in gate: first run leads to /setup, then /setup is gone and signed-out
// visitors go to /login; /api answers 401 except the health check and the auth endpoints.
import { describe, expect, it } from "vitest";
import { migrateDatabase, openDatabase } from "@/db/connection";
import { createUser } from "@/db/queries/users";
import { signInGate } from "./gate";

function freshDb() {
  const db = openDatabase(":memory:");
  migrateDatabase(db);
  return db;
}

const req = (path: string, headers: Record<string, string> = {}) => {
  const url = new URL(`http://planner.test${path}`);
  return { nextUrl: { pathname: url.pathname, search: url.search }, headers: new Headers(headers) };
};

describe("the sign-in gate", () => {
  it("while no user exists, leads every page to /setup and keeps /setup open", async () => {
    const db = freshDb();
    for (const path of ["/", "/map", "/login", "/admin/users"]) expect(await signInGate(req(path), db)).toEqual({ kind: "redirect", to: "/setup" });
    expect(await signInGate(req("/setup"), db)).toEqual({ kind: "pass" });
  });

  it("once a user exists, /setup is gone and a signed-out visitor is sent to /login with the page to come back to", async () => {
    const db = freshDb();
    await createUser(db, { email: "first@example.com", password: "long-enough-1", role: "admin", onlyIfNoUsers: true });
    expect(await signInGate(req("/setup"), db)).toEqual({ kind: "redirect", to: "/login" });
    expect(await signInGate(req("/login"), db)).toEqual({ kind: "pass" });
    expect(await signInGate(req("/map?brand=haval"), db)).toEqual({ kind: "redirect", to: "/login?next=%2Fmap%3Fbrand%3Dhaval" });
    expect(await signInGate(req("/"), db)).toEqual({ kind: "redirect", to: "/login" });
    // a second "first admin" is refused and nothing is written
    await expect(createUser(db, { email: "second@example.com", password: "long-enough-1", role: "admin", onlyIfNoUsers: true })).rejects.toThrow("already exists");
  });

  it("answers 401 on every /api path without credentials except /api/health and /api/auth/**", async () => {
    const db = freshDb();
    for (const path of ["/api/dealerships", "/api/scenarios/7", "/api/some-future-route", "/api/export/dealerships.csv"]) {
      expect(await signInGate(req(path), db), path).toEqual({ kind: "unauthorized" });
    }
    expect(await signInGate(req("/api/health"), db)).toEqual({ kind: "pass" });
    expect(await signInGate(req("/api/auth/sign-in/email"), db)).toEqual({ kind: "pass" });
    expect(await signInGate(req("/api/authx"), db)).toEqual({ kind: "unauthorized" });
  });

  it("lets build assets and server actions through (the action wrapper verifies the caller itself)", async () => {
    const db = freshDb();
    await createUser(db, { email: "a@example.com", password: "long-enough-1", role: "admin" });
    expect(await signInGate(req("/_next/static/chunks/app.js"), db)).toEqual({ kind: "pass" });
    expect(await signInGate(req("/map", { "next-action": "abc" }), db)).toEqual({ kind: "pass" });
  });
});
