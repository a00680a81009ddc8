import { asc, eq } from "drizzle-orm";
import { AppError } from "@/lib/errors";
import type { CandidateServiceSite } from "@/lib/planning/horizon";
import { replayEdits, type ScenarioEdit, type SiteFields, type StaleEdit } from "@/lib/scenarios/replay";
import type { Db } from "../connection";
import { brands, cities, regions, scenarioEdits, scenarios, type Scenario } from "../schema";
import { listDealerships, type DealershipView } from "./dealerships";

type Reader = Pick<Db, "select">;

/** A scenario row, or 404 not_found naming it. */
export function getScenarioRow(db: Reader, id: number): Scenario {
  const row = db.select().from(scenarios).where(eq(scenarios.id, id)).get();
  if (!row) throw new AppError("not_found", { key: "not_found.detail", params: { detail: `Scenario ${id} does not exist` } });
  return row;
}

/** A scenario's edits in replay order. */
export function listScenarioEdits(db: Reader, scenarioId: number): ScenarioEdit[] {
  return db
    .select()
    .from(scenarioEdits)
    .where(eq(scenarioEdits.scenarioId, scenarioId))
    .orderBy(asc(scenarioEdits.seq))
    .all()
    .map((e) => ({ id: e.id, seq: e.seq, op: e.op, siteId: e.siteId, payload: e.payload, baseUpdatedAt: e.baseUpdatedAt, author: e.author, createdAt: e.createdAt }));
}

/**
 * Builds a DealershipView from a replayed site's fields: brand and city names come from the
 * reference tables, so an added or re-branded site looks exactly like a registry one.
 */
function viewCompleter(db: Reader) {
  const brandRows = new Map(db.select().from(brands).all().map((b) => [b.slug, b]));
  const cityRows = new Map(
    db
      .select({ id: cities.id, slug: cities.slug, name: cities.nameEn, region: regions.nameEn })
      .from(cities)
      .innerJoin(regions, eq(cities.regionId, regions.id))
      .all()
      .map((c) => [c.slug, c]),
  );
  return (fields: SiteFields, id: number, previous: DealershipView | null): DealershipView => {
    const brand = brandRows.get(fields.brand);
    const city = cityRows.get(fields.city);
    return {
      ...fields,
      id,
      brandId: brand?.id ?? 0,
      brandName: brand?.name ?? fields.brand,
      manufacturer: brand?.manufacturer ?? "",
      manufacturerSlug: brand?.manufacturerSlug ?? "",
      cityId: city?.id ?? 0,
      cityName: city?.name ?? fields.city,
      regionName: city?.region ?? "",
      source: previous?.source ?? "scenario",
      createdAt: previous?.createdAt ?? "",
      // the registry's updatedAt stays: it is what an edit's stale check compares against
      updatedAt: previous?.updatedAt ?? "",
    };
  };
}

export interface ScenarioSites {
  scenario: Scenario;
  edits: ScenarioEdit[];
  /** the registry as it is now */
  registry: DealershipView[];
  /** the registry with the scenario's edits replayed (closed sites kept, status "closed") */
  sites: DealershipView[];
  stale: StaleEdit[];
}

/** A scenario's site list: its edits replayed over today's registry. 404 for an unknown scenario. */
export function loadScenarioSites(db: Db, scenarioId: number): ScenarioSites {
  const scenario = getScenarioRow(db, scenarioId);
  const edits = listScenarioEdits(db, scenarioId);
  const registry = listDealerships(db);
  const { sites, stale } = replayEdits(registry, edits, viewCompleter(db));
  return { scenario, edits, registry, sites, stale };
}

const sortKey = (id: number) => (id > 0 ? id : Number.MAX_SAFE_INTEGER / 2 - id);

/**
 * What coverage is computed from in a scenario: the same selection as the registry's (the manufacturer
 * groups' service-capable, non-closed sites), in the scenario's version.
 */
export function scenarioServiceSites(db: Db, scenarioId: number, groups: readonly string[]): CandidateServiceSite[] {
  return loadScenarioSites(db, scenarioId)
    .sites.filter((s) => groups.includes(s.manufacturerSlug) && s.service && s.status !== "closed")
    // registry sites in id order (as the registry query gives them), then the added ones in edit order
    .sort((a, b) => sortKey(a.id) - sortKey(b.id))
    .map((s) => ({ id: s.id, name: s.name, cityId: s.city, lat: s.lat, lng: s.lng, bays: s.serviceBays, status: s.status, plannedQuarter: s.plannedQuarter, service: s.service }));
}
