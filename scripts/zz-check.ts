import { createTestDb } from "../db/test-db";
import { loadCoverageInputs, listDemandDistricts } from "../db/queries/coverage-inputs";
import { vehiclesByCity } from "../db/queries/vehicle-park";
import { resolveBrandSelection } from "../db/queries/brands";
import { cities, regions } from "../db/schema";
import { eq } from "drizzle-orm";
const db = createTestDb();
for (let i=0;i<3;i++){
let t0 = performance.now();
const sel = resolveBrandSelection(db, "great-wall")!;
const t1 = performance.now();
const v = vehiclesByCity(db, { brandIds: sel.brands.map(b=>b.id), year: 2025 });
const t2 = performance.now();
const rows = db.select({ id: cities.id, slug: cities.slug, region: regions.nameEn, lat: cities.lat }).from(cities).innerJoin(regions, eq(cities.regionId, regions.id)).all();
const t3 = performance.now();
listDemandDistricts(db);
const t4 = performance.now();
loadCoverageInputs(db, { brand: "great-wall" });
const t5 = performance.now();
console.log("sel", (t1-t0).toFixed(1), "veh", (t2-t1).toFixed(1), "places", (t3-t2).toFixed(1), "districts", (t4-t3).toFixed(1), "all", (t5-t4).toFixed(1));
}
