"use client";
import type { NoticeMessage } from "@/components/ui/notice";
import type { DealershipView } from "@/db/queries/dealerships";
import { firstFieldError, locatePoint } from "./api-error";
import type { SiteActions } from "./site-actions";

interface Deps {
  /** the server actions, passed down from the page */
  actions: SiteActions;
  sites: DealershipView[];
  notice: { show: (m: NoticeMessage | null) => void };
  /** ends the live what-if */
  reset: () => void;
  /** reloads coverage and sites */
  reload: () => void;
  /** the open scenario's name: deletes then close the site in the scenario, not in the registry */
  scenarioName?: string;
}

/** The map's writes with their feedback: move (with the city question and Undo) and delete (with Undo). */
export function useSiteEdits({ actions, sites, notice, reset, reload, scenarioName }: Deps) {
  async function changeCity(id: number, city: { slug: string; name: string }) {
    const result = await actions.updateSite(id, { city: city.slug });
    notice.show(result.ok ? { kind: "success", text: `${result.data.name} now belongs to ${result.data.cityName}.` } : { kind: "error", text: `City not changed: ${firstFieldError(result)}` });
    reload();
  }

  // resolves false when the server refused the move: the map then puts the marker back
  async function drop(id: number, lat: number, lng: number): Promise<boolean> {
    const result = await actions.updateSite(id, { lat, lng });
    reset();
    reload();
    if (!result.ok) {
      notice.show({ kind: "error", text: `Not moved: ${firstFieldError(result)}` });
      return false;
    }
    const moved = result.data;
    const where = await locatePoint(moved.lat, moved.lng).catch(() => null);
    // one rule for a site's place: its city follows its position, once the planner agrees
    if (where?.place && where.place.slug !== moved.city) {
      const place = where.place;
      notice.show({
        kind: "success",
        sticky: true,
        text: `Moved ${moved.name}: it now lies ${place.within ? "in" : "nearest to"} ${place.label}, but its city is still ${moved.cityName}.`,
        actions: [{ label: `Change its city to ${place.name}`, run: () => void changeCity(id, place) }, ...undoActions(moved, "move")],
      });
    } else {
      notice.show({ kind: "success", text: `Moved ${moved.name}.`, actions: undoActions(moved, "move") });
    }
    return true;
  }

  // "Undo" for a few seconds after a move or a delete: the server restores the state before it,
  // unless someone changed the site since
  function undoActions(site: DealershipView, what: "move" | "delete") {
    const undoSite = actions.undoSite;
    if (!undoSite) return [];
    return [{
      label: "Undo",
      run: async () => {
        const result = await undoSite(site.id, site.updatedAt);
        notice.show(
          result.ok
            ? { kind: "success", text: what === "move" ? `${site.name} is back where it was.` : `${site.name} is back.` }
            : { kind: "error", text: `Could not undo: ${firstFieldError(result)}` },
        );
        reset();
        reload();
      },
    }];
  }

  async function remove(id: number) {
    const s = sites.find((x) => x.id === id);
    const ask = scenarioName ? `Close ${s?.name} in scenario "${scenarioName}"? The registry keeps it.` : `Delete ${s?.name}? The audit log keeps its last state.`;
    if (!s || !window.confirm(ask)) return;
    const result = await actions.deleteSite(id);
    const done = scenarioName ? `Closed in the scenario: ${s.name}.` : `Deleted ${s.name}.`;
    notice.show(
      result.ok
        ? { kind: "success", text: done, actions: undoActions(result.data, "delete") }
        : { kind: "error", text: `Not done: ${firstFieldError(result)}` },
    );
    reset();
    reload();
  }

  return { drop, remove };
}
