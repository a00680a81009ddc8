import "server-only";
import { migrateDatabase, openDatabase, type Db } from "./connection";
import { seedDatabase } from "./seed/seed";

// Kept on globalThis so that Next's dev-mode module reloads reuse one connection.
const globalForDb = globalThis as unknown as { plannerDb?: Db };

/** The app's one SQLite connection: opened, migrated and seeded on first use. */
export function getDb(): Db {
  if (!globalForDb.plannerDb) {
    const db = openDatabase(process.env.DATABASE_PATH ?? "data/planner.db");
    migrateDatabase(db);
    seedDatabase(db);
    globalForDb.plannerDb = db;
  }
  return globalForDb.plannerDb;
}
