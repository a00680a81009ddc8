// Child process of the crash test: imports a large vehicle-park CSV into the file database and
// reports progress synchronously from inside the transaction, so the parent can SIGKILL it mid-way.
import fs from "node:fs";
import { parseVehicleParkCsv } from "@/lib/import/vehicle-park-csv";
import { openDatabase } from "../../connection";
import { applyVehicleParkImport, loadImportReferences } from "../imports";
import { systemContext } from "@/lib/request-context";

const TEST_CTX = systemContext("test");

const [file, firstYear, lastYear] = process.argv.slice(2);
const db = openDatabase(file);
const refs = loadImportReferences(db);
const lines = ["city,brand,year,vehicles"];
for (let year = Number(firstYear); year <= Number(lastYear); year++) {
  // the 41 largest places (by slug: village names repeat) keep the file at ~43,000 rows, as with the 41-city model
  for (const c of refs.cities.slice(0, 41)) for (const b of refs.brands) lines.push(`${c.slug},${b.slug},${year},${(c.id * 31 + b.id + year) % 5000}`);
}
const parsed = parseVehicleParkCsv(lines.join("\n"), refs);
if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues.slice(0, 3)));
fs.writeSync(1, `rows ${parsed.rows.length}\n`);
applyVehicleParkImport(db, TEST_CTX, parsed.rows, { progressEvery: 500, onProgress: (n) => fs.writeSync(1, `progress ${n}\n`) });
fs.writeSync(1, "committed\n");
