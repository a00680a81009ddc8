import type { Buffer } from "node:buffer";
import { migrateDatabase, openDatabase, type Db } from "./connection";
import { seedDatabase } from "./seed/seed";

// Migrating and seeding takes a few hundred ms; a test file asks for many databases. Build the
// seeded database once per test process and hand out in-memory copies of its image.
let seededImage: Buffer | null = null;

function seededCopy(): Db {
  if (!seededImage) {
    const template = openDatabase(":memory:");
    migrateDatabase(template);
    seedDatabase(template);
    seededImage = template.$client.serialize();
    template.$client.close();
  }
  return openDatabase(seededImage);
}

/** A fresh in-memory database with the real migrations applied (and the seed, unless asked not to). */
export function createTestDb(options: { seed?: boolean } = {}): Db {
  if (options.seed !== false) return seededCopy();
  const db = openDatabase(":memory:");
  migrateDatabase(db);
  return db;
}
