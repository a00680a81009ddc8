import { migrateDatabase, openDatabase, type Db } from "./connection";
import { seedDatabase } from "./seed/seed";

/** A fresh in-memory database with the real migrations applied (and the seed, unless asked not to). */
export function createTestDb(options: { seed?: boolean } = {}): Db {
  const db = openDatabase(":memory:");
  migrateDatabase(db);
  if (options.seed !== false) seedDatabase(db);
  return db;
}
