import { describe, expect, it } from "vitest";
import { verifyPassword } from "better-auth/crypto";
import { migrateDatabase, openDatabase } from "../connection";
import { accounts, apiTokens } from "../schema";
import { createApiToken, createUser, findUserByEmail, identityByToken, listUsers, revokeApiTokens, setUserDisabled, setUserLocale, setUserRole } from "./users";

function freshDb() {
  const db = openDatabase(":memory:");
  migrateDatabase(db);
  return db;
}

describe("users and API tokens", () => {
  it("stores the library's password hash, never the password; emails are case-insensitive and unique", async () => {
    const db = freshDb();
    const ann = await createUser(db, { email: " Ann@Example.KZ ", password: "long-enough-1", role: "planner" });
    expect(ann.email).toBe("ann@example.kz");
    const [account] = db.select().from(accounts).all();
    expect(account.password).not.toContain("long-enough-1");
    expect(await verifyPassword({ hash: account.password!, password: "long-enough-1" })).toBe(true);
    await expect(createUser(db, { email: "ANN@example.kz", password: "long-enough-2", role: "viewer" })).rejects.toThrow("already exists");
    await expect(createUser(db, { email: "bob@example.kz", password: "short", role: "viewer" })).rejects.toThrow("at least 8 characters");
    await expect(createUser(db, { email: "not an email", password: "long-enough-1", role: "viewer" })).rejects.toThrow("email address");
  });

  it("a token is stored as its SHA-256 only, identifies its user with the current role, and stops when revoked or disabled", async () => {
    const db = freshDb();
    const ann = await createUser(db, { email: "ann@example.kz", password: "long-enough-1", role: "viewer" });
    const token = createApiToken(db, ann.userId);
    expect(db.select().from(apiTokens).all()[0].tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(db.select().from(apiTokens).all()[0].tokenHash).not.toContain(token);
    expect(identityByToken(db, token)).toEqual({ userId: ann.userId, email: "ann@example.kz", role: "viewer", locale: null });
    // the language chosen in the header follows the user to API calls made with their token
    setUserLocale(db, ann.userId, "kk");
    expect(identityByToken(db, token)?.locale).toBe("kk");
    setUserRole(db, ann.userId, "planner");
    expect(identityByToken(db, token)?.role).toBe("planner");
    expect(identityByToken(db, `${token}x`)).toBeNull();

    setUserDisabled(db, ann.userId, true);
    expect(identityByToken(db, token)).toBeNull();
    setUserDisabled(db, ann.userId, false);
    expect(identityByToken(db, token)).not.toBeNull();

    expect(listUsers(db)[0]).toMatchObject({ email: "ann@example.kz", activeTokens: 1, disabled: false });
    expect(revokeApiTokens(db, ann.userId)).toBe(1);
    expect(identityByToken(db, token)).toBeNull();
    expect(listUsers(db)[0].activeTokens).toBe(0);
    expect(findUserByEmail(db, "ANN@example.kz")?.id).toBe(ann.userId);
  });
});
