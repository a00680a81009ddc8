"use client";
import { useTranslations } from "next-intl";
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
  /** a place's name in the reader's language by its slug (the records carry the English one) */
  cityName: (slug: string, fallback: string) => string;
}

/** The map's writes with their feedback: move (with the city question and Undo) and delete (with Undo). */
export function useSiteEdits({ actions, sites, notice, reset, reload, scenarioName, cityName }: Deps) {
  const t = useTranslations("planner");
  async function changeCity(id: number, city: { slug: string; name: string }) {
    const result = await actions.updateSite(id, { city: city.slug });
    notice.show(result.ok ? { kind: "success", text: t("edits.cityChanged", { name: result.data.name, city: cityName(result.data.city, result.data.cityName) }) } : { kind: "error", text: t("edits.cityNotChanged", { reason: firstFieldError(result) }) });
    reload();
  }

  // resolves false when the server refused the move: the map then puts the marker back
  async function drop(id: number, lat: number, lng: number): Promise<boolean> {
    const result = await actions.updateSite(id, { lat, lng });
    reset();
    reload();
    if (!result.ok) {
      notice.show({ kind: "error", text: t("edits.notMoved", { reason: firstFieldError(result) }) });
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
        text: place.within
          ? t("edits.movedInto", { name: moved.name, place: cityName(place.slug, place.name), city: cityName(moved.city, moved.cityName) })
          : t("edits.movedNear", { name: moved.name, place: cityName(place.slug, place.name), km: Math.round(place.km), city: cityName(moved.city, moved.cityName) }),
        actions: [{ label: t("edits.changeCity", { place: cityName(place.slug, place.name) }), run: () => void changeCity(id, place) }, ...undoActions(moved, "move")],
      });
    } else {
      notice.show({ kind: "success", text: t("edits.moved", { name: moved.name }), actions: undoActions(moved, "move") });
    }
    return true;
  }

  // "Undo" for a few seconds after a move or a delete: the server restores the state before it,
  // unless someone changed the site since
  function undoActions(site: DealershipView, what: "move" | "delete") {
    const undoSite = actions.undoSite;
    if (!undoSite) return [];
    return [{
      label: t("edits.undo"),
      run: async () => {
        const result = await undoSite(site.id, site.updatedAt);
        notice.show(
          result.ok
            ? { kind: "success", text: what === "move" ? t("edits.backWhere", { name: site.name }) : t("edits.back", { name: site.name }) }
            : { kind: "error", text: t("edits.undoFailed", { reason: firstFieldError(result) }) },
        );
        reset();
        reload();
      },
    }];
  }

  async function remove(id: number) {
    const s = sites.find((x) => x.id === id);
    const ask = scenarioName ? t("edits.askClose", { name: s?.name ?? "", scenario: scenarioName }) : t("edits.askDelete", { name: s?.name ?? "" });
    if (!s || !window.confirm(ask)) return;
    const result = await actions.deleteSite(id);
    const done = scenarioName ? t("edits.closed", { name: s.name }) : t("edits.deleted", { name: s.name });
    notice.show(
      result.ok
        ? { kind: "success", text: done, actions: undoActions(result.data, "delete") }
        : { kind: "error", text: t("edits.notDone", { reason: firstFieldError(result) }) },
    );
    reset();
    reload();
  }

  return { drop, remove };
}
