// Printed by `npm start` just before the server starts: where a newcomer should go.
import { migrateDatabase, openDatabase } from "../db/connection";
import { countUsers } from "../db/queries/users";

const db = openDatabase(process.env.DATABASE_PATH ?? "data/planner.db");
migrateDatabase(db);
const base = process.env.BETTER_AUTH_URL?.replace(/\/+$/, "") || `http://localhost:${process.env.PORT ?? 3000}`;
const users = countUsers(db);
db.$client.close();
console.log(
  users === 0
    ? `\n  No user yet. Open ${base}/setup to create the first admin (or: npm run users -- add --email E --password P --role admin).\n`
    : `\n  Open ${base}/login and sign in (${users} user${users === 1 ? "" : "s"}; manage them with npm run users or /admin/users).\n`,
);
