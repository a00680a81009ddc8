import { describe, expect, it } from "vitest";
import { addedSiteId, diffSites, replayEdits, type ReplaySite, type ScenarioEdit, type SiteFields } from "./replay";

function site(id: number, extra: Partial<ReplaySite> = {}): ReplaySite {
  return {
    id, brand: "haval", name: `Site ${id}`, city: "almaty", lat: 43.2, lng: 76.9, address: null, status: "open", sales: true, service: true,
    parts: true, serviceBays: 6, openedOn: "2020-01-01", plannedQuarter: null, notes: null, updatedAt: `2025-01-0${id}T00:00:00.000Z`, ...extra,
  };
}

let nextId = 1;
function edit(op: ScenarioEdit["op"], siteId: number | null, payload: unknown, baseUpdatedAt: string | null = null): ScenarioEdit {
  const id = nextId++;
  return { id, seq: id, op, siteId, payload, baseUpdatedAt, author: "planner", createdAt: "2025-06-01T00:00:00.000Z" };
}

const complete = (fields: SiteFields, id: number, previous: ReplaySite | null): ReplaySite => ({ ...fields, id, updatedAt: previous?.updatedAt ?? "" });

const newSite: SiteFields = {
  brand: "haval", name: "Haval Kokshetau", city: "kokshetau", lat: 53.28, lng: 69.39, address: null, status: "planned", sales: true,
  service: true, parts: true, serviceBays: 4, openedOn: null, plannedQuarter: "2026-Q2", notes: null,
};

describe("replayEdits", () => {
  it("with no edits gives the registry unchanged", () => {
    const registry = [site(1), site(2)];
    const { sites, stale } = replayEdits(registry, [], complete);
    expect(sites).toEqual(registry);
    expect(stale).toEqual([]);
  });

  it("adds, moves, closes and updates in seq order, without touching the registry", () => {
    const registry = [site(1), site(2), site(3)];
    const frozen = JSON.stringify(registry);
    const add = edit("add", null, { site: newSite });
    const edits = [
      add,
      edit("move", 1, { lat: 44.0, lng: 77.5 }, registry[0].updatedAt),
      edit("close", 2, {}, registry[1].updatedAt),
      edit("update", 3, { changes: { serviceBays: 12, name: "Bigger" } }, registry[2].updatedAt),
      // an edit of the site the scenario added: its id is minus the add edit's id
      edit("move", addedSiteId(add.id), { lat: 53.3, lng: 69.4 }),
    ];
    const { sites, stale } = replayEdits(registry, edits, complete);
    expect(stale).toEqual([]);
    expect(JSON.stringify(registry)).toBe(frozen);
    const byId = new Map(sites.map((s) => [s.id, s]));
    expect(byId.get(1)).toMatchObject({ lat: 44.0, lng: 77.5, status: "open" });
    expect(byId.get(2)?.status).toBe("closed");
    expect(byId.get(3)).toMatchObject({ serviceBays: 12, name: "Bigger", lat: 43.2 });
    expect(byId.get(-add.id)).toMatchObject({ name: "Haval Kokshetau", lat: 53.3, lng: 69.4, status: "planned" });
    expect(sites).toHaveLength(4);
  });

  it("lists edits whose site was deleted or changed since as stale, and skips them", () => {
    const atEdit = site(1);
    const registryNow = [site(1, { updatedAt: "2025-07-01T00:00:00.000Z", serviceBays: 8 }), site(3)];
    const moveChanged = edit("move", 1, { lat: 44, lng: 77 }, atEdit.updatedAt);
    const closeDeleted = edit("close", 2, {}, site(2).updatedAt);
    const okUpdate = edit("update", 3, { changes: { serviceBays: 2 } }, site(3).updatedAt);
    const { sites, stale } = replayEdits(registryNow, [moveChanged, closeDeleted, okUpdate], complete);
    expect(stale.map((s) => [s.editId, s.reason])).toEqual([
      [moveChanged.id, "changed"],
      [closeDeleted.id, "deleted"],
    ]);
    expect(stale[0].message).toMatch(/site 1 changed in the registry/);
    expect(sites.find((s) => s.id === 1)).toMatchObject({ lat: 43.2, serviceBays: 8 });
    expect(sites.find((s) => s.id === 3)?.serviceBays).toBe(2);
  });

  it("an edit of an added site whose add edit is gone is stale", () => {
    const orphan = edit("close", -999, {});
    const { stale } = replayEdits([site(1)], [orphan], complete);
    expect(stale).toHaveLength(1);
    expect(stale[0].reason).toBe("deleted");
  });
});

describe("diffSites", () => {
  it("classifies added, moved, closed and updated sites and leaves unchanged ones out", () => {
    const registry = [site(1), site(2), site(3), site(4)];
    const scenario = [
      site(1, { lat: 44 }),
      site(2, { status: "closed" }),
      site(3, { serviceBays: 9 }),
      site(4),
      { ...newSite, id: -7, updatedAt: "" },
    ];
    const diff = diffSites(registry, scenario);
    expect(diff.map((d) => [d.id, d.kind])).toEqual([
      [1, "moved"],
      [2, "closed"],
      [3, "updated"],
      [-7, "added"],
    ]);
    expect(diff.find((d) => d.id === 3)?.fields).toEqual(["serviceBays"]);
  });
});
