import { eq } from "drizzle-orm";
import type { Db } from "../connection";
import { dataVersion } from "../schema";

function prepareRead(db: Db) {
  return db.select({ version: dataVersion.version }).from(dataVersion).where(eq(dataVersion.id, 1)).prepare();
}

// one prepared statement per connection: the read runs on every coverage request
const prepared = new WeakMap<Db, ReturnType<typeof prepareRead>>();

/**
 * The data version: a number that moves with every write to a table coverage is computed from
 * (SQLite triggers, migration 0003_data_version_triggers), shared by every process that opens the same database.
 */
export function readDataVersion(db: Db): number {
  let statement = prepared.get(db);
  if (!statement) {
    statement = prepareRead(db);
    prepared.set(db, statement);
  }
  const row = statement.get();
  if (!row) throw new Error("data_version has no row: the database is not migrated");
  return row.version;
}
