import type { ScenarioEdit, SiteFields } from "./replay";

/** The sentences an edit is described with, in the reader's language (the caller's catalogue). */
export interface EditWords {
  /** `quarter` comes with its leading space, or empty */
  add: (p: { name: string; brand: string; city: string; bays: number; status: string; quarter: string }) => string;
  move: (p: { name: string; lat: string; lng: string }) => string;
  close: (name: string) => string;
  update: (name: string, changes: string) => string;
  /** a site known only by its id */
  site: (id: number) => string;
  /** a field cleared by an update */
  none: string;
  /** a status in words */
  status: (status: SiteFields["status"]) => string;
  /** a place's name by its slug */
  city: (slug: string) => string;
}

/** One line saying what an edit does, for the scenario page ("Move Haval Almaty to 43.25, 76.95"). */
export function describeEdit(edit: ScenarioEdit, siteName: (id: number) => string | undefined, words: EditWords): string {
  const name = edit.siteId !== null ? (siteName(edit.siteId) ?? words.site(edit.siteId)) : "";
  switch (edit.op) {
    case "add": {
      const s = (edit.payload as { site: SiteFields }).site;
      return words.add({ name: s.name, brand: s.brand, city: words.city(s.city), bays: s.serviceBays, status: words.status(s.status), quarter: s.plannedQuarter ? ` ${s.plannedQuarter}` : "" });
    }
    case "move": {
      const p = edit.payload as { lat: number; lng: number };
      return words.move({ name, lat: p.lat.toFixed(4), lng: p.lng.toFixed(4) });
    }
    case "close":
      return words.close(name);
    case "update": {
      const changes = (edit.payload as { changes: Partial<SiteFields> }).changes;
      // field names stay as the data names them: they are what the registry's history shows too
      const list = Object.entries(changes)
        .map(([k, v]) => `${k} = ${v === null ? words.none : String(v)}`)
        .join(", ");
      return words.update(name, list);
    }
  }
}
