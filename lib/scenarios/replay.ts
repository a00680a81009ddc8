import type { DealershipStatus } from "../network/statuses";

// A scenario never writes the registry: it is a list of edits replayed over the registry's sites
// whenever it is viewed. Replay is pure, so the map, the coverage API, compare and promote all see
// one answer for one scenario.

export type ScenarioOp = "add" | "move" | "close" | "update";

/** The fields of a site that an edit sets (the body of POST /api/dealerships, brand and city by slug). */
export interface SiteFields {
  brand: string;
  name: string;
  city: string;
  lat: number;
  lng: number;
  address: string | null;
  status: DealershipStatus;
  sales: boolean;
  service: boolean;
  parts: boolean;
  serviceBays: number;
  openedOn: string | null;
  plannedQuarter: string | null;
  notes: string | null;
}

/** A site replay works on: the registry's (positive id) or one the scenario added (negative id). */
export interface ReplaySite extends SiteFields {
  id: number;
  updatedAt: string;
}

/** An edit as stored: what it does, to which site, and the site's updatedAt when it was made. */
export interface ScenarioEdit {
  id: number;
  seq: number;
  op: ScenarioOp;
  siteId: number | null;
  /** add: {site}; move: {lat, lng}; close: {}; update: {changes} */
  payload: unknown;
  baseUpdatedAt: string | null;
  author: string;
  createdAt: string;
}

export type StaleReason = "deleted" | "changed";

/** An edit that no longer applies: its site is gone from the registry, or changed there since the edit. */
export interface StaleEdit {
  editId: number;
  seq: number;
  op: ScenarioOp;
  siteId: number | null;
  reason: StaleReason;
  message: string;
}

/** A site the scenario adds gets the negative of its add edit's id, so it never collides with the registry's. */
export function addedSiteId(editId: number): number {
  return -editId;
}

/** Turns a site's fields into the caller's record type (filling brand/city names, ids...). */
export type CompleteSite<T extends ReplaySite> = (fields: SiteFields, id: number, previous: T | null) => T;

export interface ReplayResult<T extends ReplaySite> {
  /** the scenario's site list: registry order, then added sites in edit order; closed sites kept with status "closed" */
  sites: T[];
  stale: StaleEdit[];
}

function staleOf(edit: ScenarioEdit, reason: StaleReason): StaleEdit {
  const what = edit.siteId !== null && edit.siteId < 0 ? `the site added by edit ${-edit.siteId}` : `site ${edit.siteId}`;
  const message =
    reason === "deleted"
      ? `Edit #${edit.seq} (${edit.op}) no longer applies: ${what} no longer exists`
      : `Edit #${edit.seq} (${edit.op}) no longer applies: ${what} changed in the registry since the edit was made`;
  return { editId: edit.id, seq: edit.seq, op: edit.op, siteId: edit.siteId, reason, message };
}

function fieldsOf(site: SiteFields): SiteFields {
  const { brand, name, city, lat, lng, address, status, sales, service, parts, serviceBays, openedOn, plannedQuarter, notes } = site;
  return { brand, name, city, lat, lng, address, status, sales, service, parts, serviceBays, openedOn, plannedQuarter, notes };
}

/**
 * Replays `edits` (in seq order) over the registry's `registry` sites. An edit whose registry site was
 * deleted, or whose updatedAt differs from the one recorded with the edit, is skipped and listed stale;
 * so is an edit of an added site whose add edit is gone. The registry list is never mutated.
 */
export function replayEdits<T extends ReplaySite>(registry: readonly T[], edits: readonly ScenarioEdit[], complete: CompleteSite<T>): ReplayResult<T> {
  const registryById = new Map(registry.map((s) => [s.id, s]));
  const working = new Map<number, T>(registry.map((s) => [s.id, s]));
  const stale: StaleEdit[] = [];
  for (const edit of [...edits].sort((a, b) => a.seq - b.seq)) {
    if (edit.op === "add") {
      const site = (edit.payload as { site: SiteFields }).site;
      const id = addedSiteId(edit.id);
      working.set(id, complete(fieldsOf(site), id, null));
      continue;
    }
    const siteId = edit.siteId ?? 0;
    const current = working.get(siteId);
    if (siteId > 0) {
      const base = registryById.get(siteId);
      if (!base || !current) {
        stale.push(staleOf(edit, "deleted"));
        continue;
      }
      if (edit.baseUpdatedAt !== null && base.updatedAt !== edit.baseUpdatedAt) {
        stale.push(staleOf(edit, "changed"));
        continue;
      }
    } else if (!current) {
      stale.push(staleOf(edit, "deleted"));
      continue;
    }
    const site = current as T;
    const fields = fieldsOf(site);
    if (edit.op === "move") {
      const { lat, lng } = edit.payload as { lat: number; lng: number };
      working.set(siteId, complete({ ...fields, lat, lng }, siteId, site));
    } else if (edit.op === "close") {
      working.set(siteId, complete({ ...fields, status: "closed" }, siteId, site));
    } else {
      const { changes } = edit.payload as { changes: Partial<SiteFields> };
      working.set(siteId, complete({ ...fields, ...changes }, siteId, site));
    }
  }
  return { sites: [...working.values()], stale };
}

export type SiteChangeKind = "added" | "moved" | "closed" | "updated";

/** One site that differs between the live registry and a scenario. */
export interface SiteChange<T extends ReplaySite> {
  kind: SiteChangeKind;
  id: number;
  before: T | null;
  after: T;
  /** the fields whose value differs (for an added site: all of them) */
  fields: (keyof SiteFields)[];
}

const FIELD_KEYS: (keyof SiteFields)[] = [
  "brand", "name", "city", "lat", "lng", "address", "status", "sales", "service", "parts", "serviceBays", "openedOn", "plannedQuarter", "notes",
];

/**
 * What a scenario changes against the registry, one entry per site: added, closed (now closed, was not),
 * moved (only its position changed) or updated (anything else). Unchanged sites are left out.
 */
export function diffSites<T extends ReplaySite>(registry: readonly T[], scenario: readonly T[]): SiteChange<T>[] {
  const live = new Map(registry.map((s) => [s.id, s]));
  const out: SiteChange<T>[] = [];
  for (const after of scenario) {
    const before = live.get(after.id) ?? null;
    if (!before) {
      out.push({ kind: "added", id: after.id, before: null, after, fields: FIELD_KEYS });
      continue;
    }
    const fields = FIELD_KEYS.filter((k) => before[k] !== after[k]);
    if (!fields.length) continue;
    const kind: SiteChangeKind =
      after.status === "closed" && before.status !== "closed"
        ? "closed"
        : fields.every((f) => f === "lat" || f === "lng")
          ? "moved"
          : "updated";
    out.push({ kind, id: after.id, before, after, fields });
  }
  return out;
}
