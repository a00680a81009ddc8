import { sql } from "drizzle-orm";
import { check, index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
// relative, not "@/": drizzle-kit loads this file without the tsconfig paths
import { DEALERSHIP_STATUSES } from "../lib/network/statuses";

export const BRAND_SEGMENTS = ["passenger", "bus", "commercial"] as const;
export const REGION_KINDS = ["region", "city"] as const;
/** OSM place kinds, plus "rural": a district's population that has no place of its own (an estimate). */
export const PLACE_KINDS = ["city", "town", "village", "hamlet", "rural"] as const;

/** The 17 regions and 3 cities of republican significance (2022 reform). */
export const regions = sqliteTable("regions", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  slug: text("slug").notNull().unique(),
  nameEn: text("name_en").notNull(),
  nameRu: text("name_ru").notNull(),
  // Kazakh and Chinese names (db/seed/data/place-names.ts); null until seeded
  nameKk: text("name_kk"),
  nameZh: text("name_zh"),
  kind: text("kind", { enum: REGION_KINDS }).notNull(),
  centre: text("centre").notNull(),
});

/**
 * The 224 districts and cities of regional significance (geokz 2024, KATO codes). Population is the
 * district's share of its region's BNS figure (see db/seed/data/country.ts), always an estimate.
 */
export const districts = sqliteTable(
  "districts",
  {
    kato: text("kato").primaryKey(),
    nameEn: text("name_en").notNull(),
    nameRu: text("name_ru").notNull(),
    nameKk: text("name_kk").notNull(),
    regionId: integer("region_id")
      .notNull()
      .references(() => regions.id),
    population: integer("population").notNull(),
    // a point inside the district (point-on-surface), where its rural remainder is placed
    labelLat: real("label_lat").notNull(),
    labelLng: real("label_lng").notNull(),
    // GeoJSON Polygon/MultiPolygon text ([lng, lat]); simplified 0.005 degrees by geokz
    geometry: text("geometry").notNull(),
  },
  (t) => [index("districts_region_idx").on(t.regionId)],
);

/**
 * Places: the 41 planner cities (same slugs as before) plus every OpenStreetMap settlement with a
 * population tag, plus one "rural" row per district for its population without a place of its own.
 * The table keeps its historical name "cities" so existing links, imports and foreign keys hold.
 */
export const cities = sqliteTable(
  "cities",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    slug: text("slug").notNull().unique(),
    nameEn: text("name_en").notNull(),
    nameRu: text("name_ru").notNull(),
    regionId: integer("region_id")
      .notNull()
      .references(() => regions.id),
    lat: real("lat").notNull(),
    lng: real("lng").notNull(),
    population: integer("population").notNull(),
    populationYear: integer("population_year").notNull(),
    // true when the population is our estimate, not a published figure (see source)
    populationIsEstimate: integer("population_is_estimate", { mode: "boolean" }).notNull().default(false),
    source: text("source").notNull(),
    kind: text("kind", { enum: PLACE_KINDS }).notNull().default("city"),
    districtKato: text("district_kato").references(() => districts.kato),
    // Kazakh name, for search (OSM name:kk, or our list for the 41 cities); null when unknown
    nameKk: text("name_kk"),
    // Chinese name, for the 41 planner cities only (db/seed/data/place-names.ts); others show Russian
    nameZh: text("name_zh"),
    osmId: text("osm_id"),
  },
  (t) => [
    index("cities_region_idx").on(t.regionId),
    index("cities_district_idx").on(t.districtKato),
    check("cities_population_nonneg", sql`${t.population} >= 0`),
  ],
);

export const brands = sqliteTable("brands", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  // manufacturer group: Haval, Tank and Wey all belong to Great Wall Motor
  manufacturer: text("manufacturer").notNull(),
  manufacturerSlug: text("manufacturer_slug").notNull(),
  segment: text("segment", { enum: BRAND_SEGMENTS }).notNull(),
  source: text("source").notNull(),
});

export const dealerships = sqliteTable(
  "dealerships",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    brandId: integer("brand_id")
      .notNull()
      .references(() => brands.id),
    name: text("name").notNull(),
    cityId: integer("city_id")
      .notNull()
      .references(() => cities.id),
    lat: real("lat").notNull(),
    lng: real("lng").notNull(),
    address: text("address"),
    status: text("status", { enum: DEALERSHIP_STATUSES }).notNull(),
    sales: integer("sales", { mode: "boolean" }).notNull().default(true),
    service: integer("service", { mode: "boolean" }).notNull().default(true),
    parts: integer("parts", { mode: "boolean" }).notNull().default(true),
    serviceBays: integer("service_bays").notNull().default(0),
    openedOn: text("opened_on"), // ISO date, for open sites
    plannedQuarter: text("planned_quarter"), // "2025-Q3", for planned and under-construction sites
    notes: text("notes"),
    source: text("source"),
    createdAt: text("created_at").notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
    updatedAt: text("updated_at").notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
  },
  (t) => [
    uniqueIndex("dealerships_brand_name_city_uq").on(t.brandId, t.name, t.cityId),
    index("dealerships_brand_idx").on(t.brandId),
    check("dealerships_status_valid", sql`${t.status} in (${sql.raw(DEALERSHIP_STATUSES.map((s) => `'${s}'`).join(","))})`),
    check("dealerships_bays_nonneg", sql`${t.serviceBays} >= 0`),
    check(
      "dealerships_planned_has_quarter",
      sql`${t.status} <> 'planned' or ${t.plannedQuarter} is not null`,
    ),
    check(
      "dealerships_quarter_format",
      sql`${t.plannedQuarter} is null or ${t.plannedQuarter} glob '[12][0-9][0-9][0-9]-Q[1-4]'`,
    ),
    // the exact outline check lives in lib/validation; the database keeps a bounding-box guard
    check(
      "dealerships_in_kazakhstan_bbox",
      sql`${t.lat} between 40.5 and 55.5 and ${t.lng} between 46.4 and 87.4`,
    ),
  ],
);

export const vehiclePark = sqliteTable(
  "vehicle_park",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    cityId: integer("city_id")
      .notNull()
      .references(() => cities.id),
    brandId: integer("brand_id")
      .notNull()
      .references(() => brands.id),
    year: integer("year").notNull(),
    vehicles: integer("vehicles").notNull(),
    isEstimate: integer("is_estimate", { mode: "boolean" }).notNull().default(true),
    source: text("source"),
  },
  (t) => [
    uniqueIndex("vehicle_park_city_brand_year_uq").on(t.cityId, t.brandId, t.year),
    index("vehicle_park_brand_year_idx").on(t.brandId, t.year),
    check("vehicle_park_vehicles_nonneg", sql`${t.vehicles} >= 0`),
    check("vehicle_park_year_range", sql`${t.year} between 2000 and 2100`),
  ],
);

export const auditLog = sqliteTable(
  "audit_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    entity: text("entity", { enum: ["dealership", "vehicle_park"] }).notNull(),
    entityId: integer("entity_id").notNull(),
    action: text("action", { enum: ["create", "update", "delete"] }).notNull(),
    before: text("before", { mode: "json" }),
    after: text("after", { mode: "json" }),
    actor: text("actor").notNull().default("planner"),
    /** the signed-in user's id (users.id); null for entries written before accounts or by the system */
    actorId: text("actor_id"),
    at: text("at").notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
  },
  (t) => [index("audit_entity_idx").on(t.entity, t.entityId)],
);

/**
 * Fixed-window request counters: one row per (caller and kind of request, window start in ms).
 * In the database rather than in memory so that several app processes share one limit.
 */
export const rateLimits = sqliteTable(
  "rate_limits",
  {
    key: text("key").notNull(),
    windowStart: integer("window_start").notNull(),
    count: integer("count").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.key, t.windowStart] }), index("rate_limits_window_idx").on(t.windowStart)],
);

/** A named plan on top of the live network: its edits are replayed over the registry when viewed. */
export const scenarios = sqliteTable("scenarios", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  name: text("name").notNull(),
  notes: text("notes"),
  author: text("author").notNull(),
  createdAt: text("created_at").notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
  updatedAt: text("updated_at").notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
});

export const SCENARIO_OPS = ["add", "move", "close", "update"] as const;

/**
 * One edit of a scenario, stored as data (replayed in `seq` order). `site_id` is the registry site
 * (positive) or a site the scenario added (minus the add edit's id); `base_updated_at` is the registry
 * site's updated_at when the edit was made, so an edit whose site changed since is reported stale.
 */
export const scenarioEdits = sqliteTable(
  "scenario_edits",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    scenarioId: integer("scenario_id")
      .notNull()
      .references(() => scenarios.id, { onDelete: "cascade" }),
    seq: integer("seq").notNull(),
    op: text("op", { enum: SCENARIO_OPS }).notNull(),
    siteId: integer("site_id"),
    payload: text("payload", { mode: "json" }).notNull(),
    baseUpdatedAt: text("base_updated_at"),
    author: text("author").notNull(),
    createdAt: text("created_at").notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
  },
  (t) => [
    uniqueIndex("scenario_edits_scenario_seq_uq").on(t.scenarioId, t.seq),
    check("scenario_edits_op_valid", sql`${t.op} in ('add','move','close','update')`),
  ],
);

export * from "./schema-auth";

export type Region = typeof regions.$inferSelect;
export type City = typeof cities.$inferSelect;
export type District = typeof districts.$inferSelect;
export type Brand = typeof brands.$inferSelect;
export type Dealership = typeof dealerships.$inferSelect;
export type NewDealership = typeof dealerships.$inferInsert;
export type VehicleParkRow = typeof vehiclePark.$inferSelect;
export type AuditEntry = typeof auditLog.$inferSelect;
export type Scenario = typeof scenarios.$inferSelect;
export type ScenarioEditRow = typeof scenarioEdits.$inferSelect;

/**
 * One row whose `version` moves with every write to a table coverage is computed from. SQLite
 * triggers (migration 0003_data_version_triggers) bump it, so no write path can forget; app processes sharing the file
 * read it to know whether a memoised coverage report is still current.
 */
export const dataVersion = sqliteTable(
  "data_version",
  {
    id: integer("id").primaryKey(),
    version: integer("version").notNull().default(0),
  },
  (t) => [check("data_version_single_row", sql`${t.id} = 1`)],
);
