import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import fs from "node:fs";
import path from "node:path";
import * as schema from "./schema";

/**
 * Write transactions take the write lock up front (BEGIN IMMEDIATE). A deferred transaction that
 * reads first and writes later cannot wait for the lock in WAL mode: if another connection commits
 * in between, SQLite answers SQLITE_BUSY at once and busy_timeout does not help.
 */
export const IMMEDIATE = { behavior: "immediate" } as const;

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

const MIGRATIONS_FOLDER = path.join(process.cwd(), "db", "migrations");

/** Opens a SQLite database (a file path, ":memory:" or a serialized image) with the pragmas the planner relies on. */
export function openDatabase(file: string | Buffer): Db {
  if (typeof file === "string" && file !== ":memory:") fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  // a Buffer is a serialized database (db.$client.serialize()), opened as an in-memory copy
  const sqlite = new Database(file);
  // WAL lets readers run while a write is in progress; the busy timeout makes concurrent
  // writers queue for up to 5 s instead of failing with SQLITE_BUSY.
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("synchronous = NORMAL");
  return drizzle(sqlite, { schema }) as Db;
}

/** Applies every committed drizzle-kit migration that the database has not seen yet. */
export function migrateDatabase(db: Db): void {
  migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
}
