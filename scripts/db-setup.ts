// `npm run db:setup`: create, migrate and seed the database at DATABASE_PATH (default data/planner.db).
import { migrateDatabase, openDatabase } from "../db/connection";
import { seedDatabase } from "../db/seed/seed";

const file = process.env.DATABASE_PATH ?? "data/planner.db";
const db = openDatabase(file);
migrateDatabase(db);
const summary = seedDatabase(db);
db.$client.close();
console.log(
  `database ${file}: ${summary.regions} regions, ${summary.districts} districts, ${summary.cities} places, ${summary.brands} brands, ` +
    `${summary.dealerships} dealerships, ${summary.vehicleParkRows} vehicle-park rows, ${summary.salesRows} sales rows` +
    (summary.seededNetwork ? " (network seeded)" : " (existing network kept)"),
);
