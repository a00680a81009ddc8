import type { ScenarioEdit, SiteFields } from "./replay";

/** One line saying what an edit does, for the scenario page ("Move Haval Almaty to 43.25, 76.95"). */
export function describeEdit(edit: ScenarioEdit, siteName: (id: number) => string | undefined): string {
  const name = edit.siteId !== null ? (siteName(edit.siteId) ?? `site ${edit.siteId}`) : "";
  switch (edit.op) {
    case "add": {
      const s = (edit.payload as { site: SiteFields }).site;
      return `Add ${s.name} (${s.brand}, ${s.city}, ${s.serviceBays} bays, ${s.status}${s.plannedQuarter ? ` ${s.plannedQuarter}` : ""})`;
    }
    case "move": {
      const p = edit.payload as { lat: number; lng: number };
      return `Move ${name} to ${p.lat.toFixed(4)}, ${p.lng.toFixed(4)}`;
    }
    case "close":
      return `Close ${name}`;
    case "update": {
      const changes = (edit.payload as { changes: Partial<SiteFields> }).changes;
      const list = Object.entries(changes)
        .map(([k, v]) => `${k} = ${v === null ? "none" : String(v)}`)
        .join(", ");
      return `Change ${name}: ${list}`;
    }
  }
}
