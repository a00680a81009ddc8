import { createHash, randomBytes, randomUUID } from "node:crypto";
import { and, count, eq, isNull, sql } from "drizzle-orm";
import { hashPassword } from "better-auth/crypto";
import type { Role } from "@/lib/request-context";
import type { Locale } from "@/lib/i18n/locales";
import { AppError, fieldError } from "@/lib/errors";
import { IMMEDIATE, type Db } from "../connection";
import { accounts, apiTokens, appSettings, sessions, users, type User } from "../schema";

/** What the app needs to know about a signed-in caller. */
export interface Identity {
  userId: string;
  email: string;
  role: Role;
  /** the language saved on the profile (null: never chosen) */
  locale?: string | null;
}

export interface UserSummary extends Identity {
  disabled: boolean;
  activeTokens: number;
  createdAt: Date;
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function countUsers(db: Db): number {
  return db.select({ n: count() }).from(users).get()?.n ?? 0;
}

export function findUserByEmail(db: Db, email: string): User | undefined {
  return db.select().from(users).where(eq(users.email, normalizeEmail(email))).get();
}

export function findUserById(db: Db, id: string): User | undefined {
  return db.select().from(users).where(eq(users.id, id)).get();
}

/**
 * Creates a local (email and password) account the way better-auth's own sign-up stores it: a
 * users row and a "credential" accounts row holding the library's password hash. Used by the CLI,
 * /setup and the admin page (self sign-up is off). `onlyIfNoUsers` makes the first-admin check and
 * the insert one transaction, so two /setup submissions cannot both create an admin.
 */
export async function createUser(
  db: Db,
  params: { email: string; password: string; role: Role; name?: string; onlyIfNoUsers?: boolean },
): Promise<Identity> {
  const email = normalizeEmail(params.email);
  if (!/^[^\s@]+@[^\s@]+$/.test(email)) throw fieldError("email", "invalid_field.email");
  if (params.password.length < 8) throw fieldError("password", "invalid_field.password_short");
  const passwordHash = await hashPassword(params.password);
  const id = randomUUID();
  const now = new Date();
  db.transaction((tx) => {
    if (params.onlyIfNoUsers && (tx.select({ n: count() }).from(users).get()?.n ?? 0) > 0) {
      throw new AppError("conflict", { key: "conflict.first_admin" });
    }
    if (tx.select({ id: users.id }).from(users).where(eq(users.email, email)).get()) {
      throw fieldError("email", "conflict.user_email", { email }, "conflict");
    }
    tx.insert(users).values({ id, email, name: params.name?.trim() || email, role: params.role, createdAt: now, updatedAt: now }).run();
    tx.insert(accounts).values({ id: randomUUID(), accountId: id, providerId: "credential", userId: id, password: passwordHash, createdAt: now, updatedAt: now }).run();
  }, IMMEDIATE);
  return { userId: id, email, role: params.role };
}

export function listUsers(db: Db): UserSummary[] {
  // qualified by hand: drizzle writes bare column names inside a sql`` subquery
  const tokens = sql<number>`(select count(*) from api_tokens t where t.user_id = "users"."id" and t.revoked_at is null)`;
  return db
    .select({ userId: users.id, email: users.email, role: users.role, disabled: users.disabled, createdAt: users.createdAt, activeTokens: tokens })
    .from(users)
    .orderBy(users.email)
    .all();
}

function requireUser(db: Db, id: string): User {
  const user = findUserById(db, id);
  if (!user) throw new AppError("not_found");
  return user;
}

export function setUserRole(db: Db, id: string, role: Role): void {
  requireUser(db, id);
  db.update(users).set({ role, updatedAt: new Date() }).where(eq(users.id, id)).run();
}

/** Disables (or re-enables) a user. Disabling also ends their sessions, so a cookie stops working at once. */
export function setUserDisabled(db: Db, id: string, disabled: boolean): void {
  requireUser(db, id);
  db.transaction((tx) => {
    tx.update(users).set({ disabled, updatedAt: new Date() }).where(eq(users.id, id)).run();
    if (disabled) tx.delete(sessions).where(eq(sessions.userId, id)).run();
  }, IMMEDIATE);
}

function tokenHash(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** A new API token for the user; only its SHA-256 is stored, so this is the one time it is seen. */
export function createApiToken(db: Db, userId: string): string {
  requireUser(db, userId);
  const token = `kzp_${randomBytes(32).toString("base64url")}`;
  db.insert(apiTokens).values({ userId, tokenHash: tokenHash(token) }).run();
  return token;
}

/** Revokes every active token of the user; returns how many. */
export function revokeApiTokens(db: Db, userId: string): number {
  return db
    .update(apiTokens)
    .set({ revokedAt: new Date().toISOString() })
    .where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
    .run().changes;
}

// Every API call checks its token twice (the proxy, then the route's context): building the query
// each time cost about as much as the rest of a memoised coverage answer, so it is prepared once per
// connection (still one indexed read per check: a revoked token or disabled user counts at once).
const tokenLookups = new WeakMap<Db, ReturnType<typeof prepareTokenLookup>>();

function prepareTokenLookup(db: Db) {
  return db
    .select({ userId: users.id, email: users.email, role: users.role, disabled: users.disabled, locale: users.locale })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(and(eq(apiTokens.tokenHash, sql.placeholder("hash")), isNull(apiTokens.revokedAt)))
    .prepare();
}

/** The enabled user an unrevoked API token belongs to, or null. */
export function identityByToken(db: Db, token: string): Identity | null {
  let lookup = tokenLookups.get(db);
  if (!lookup) {
    lookup = prepareTokenLookup(db);
    tokenLookups.set(db, lookup);
  }
  const row = lookup.get({ hash: tokenHash(token) });
  if (!row || row.disabled) return null;
  return { userId: row.userId, email: row.email, role: row.role, locale: row.locale };
}

/** Saves the language a user chose (the header's switcher), so it follows them to other browsers. */
export function setUserLocale(db: Db, userId: string, locale: Locale): void {
  db.update(users).set({ locale, updatedAt: new Date() }).where(eq(users.id, userId)).run();
}

/** A setting's value, made by `make` and stored the first time it is asked for (first writer wins). */
export function settingOrCreate(db: Db, key: string, make: () => string): string {
  db.insert(appSettings).values({ key, value: make() }).onConflictDoNothing().run();
  return db.select({ value: appSettings.value }).from(appSettings).where(eq(appSettings.key, key)).get()!.value;
}
