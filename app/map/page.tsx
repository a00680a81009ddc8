import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { titled } from "@/app/_lib/page-title";
import { getDb } from "@/db/client";
import { loadPlaceNames } from "@/db/queries/place-names";
import { listBrands } from "@/db/queries/brands";
import { listCities } from "@/db/queries/cities";
import { listVehicleParkYears } from "@/db/queries/vehicle-park";
import { PlannerView } from "@/components/planner/planner-view";
import { createSiteAction, deleteSiteAction, undoSiteChangeAction, updateSiteAction } from "./actions";
import { addScenarioSiteAction, closeScenarioSiteAction, updateScenarioSiteAction } from "./scenario-actions";
import { notFound } from "next/navigation";
import { getScenario } from "@/db/queries/scenarios";
import { brandOptions } from "@/lib/planning/brand-options";
import { parseLayers, parseSelectedSite, parseView } from "@/lib/map/map-url";
import { nextQuarter, planningQuarters, quarterOf } from "@/lib/planning/quarters";
import { coverageQueryFromParams, coverageQuerySchema } from "@/lib/validation/coverage-query";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("planner");
  return titled(t("pageName"));
}

const OSM_TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";

export default async function MapPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const db = getDb();
  const tc = await getTranslations("common");
  const brands = listBrands(db);
  const names = loadPlaceNames(db);
  const years = listVehicleParkYears(db);
  // every place a suggestion can name (from 1,000 inhabitants), so an adopted village keeps its place;
  // with its Russian and Kazakh names for the place search
  const cities = listCities(db, { minPopulation: 1000 })
    .map((c) => ({ slug: c.slug, name: c.nameEn, nameRu: c.nameRu, nameKk: c.nameKk, nameZh: names.citiesBySlug.get(c.slug)?.nameZh ?? null, lat: c.lat, lng: c.lng }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const raw = await searchParams;
  const params = coverageQueryFromParams(raw);
  // the map opens on Great Wall with planned openings included: the question planners ask first
  const parsed = coverageQuerySchema.safeParse({ brand: "great-wall", includePlanned: "true", ...params });
  const q = parsed.success ? parsed.data : coverageQuerySchema.parse({ brand: "great-wall", includePlanned: "true" });
  const thisQuarter = quarterOf(new Date());
  // ?scenario=<id>: the map shows and edits that scenario instead of the registry
  const scenarioId = parsed.success ? parsed.data.scenario : undefined;
  const scenario = scenarioId ? scenarioOrNull(scenarioId) : null;
  if (scenarioId && !scenario) notFound();

  return (
    <PlannerView
      initialQuery={{
        brand: q.brand, mode: q.mode, threshold: q.threshold, includePlanned: q.includePlanned, until: q.until ?? "",
        year: q.year ?? years.at(-1) ?? new Date().getFullYear(), scenario: scenario?.id,
      }}
      initialLayers={parseLayers(raw)}
      initialView={parseView(raw)}
      initialSite={parseSelectedSite(raw)}
      brandOptions={brandOptions(brands, { allBrandsWord: tc("allBrands") })}
      brands={brands.map((b) => ({ slug: b.slug, name: b.name, manufacturerSlug: b.manufacturerSlug }))}
      cities={cities}
      years={years}
      quarters={planningQuarters()}
      defaultQuarter={nextQuarter(thisQuarter)}
      tileUrl={process.env.NEXT_PUBLIC_TILE_URL ?? OSM_TILES}
      scenario={scenario ? { id: scenario.id, name: scenario.name, stale: scenario.stale.length } : undefined}
      actions={
        scenario
          ? {
              createSite: addScenarioSiteAction.bind(null, scenario.id),
              updateSite: updateScenarioSiteAction.bind(null, scenario.id),
              deleteSite: closeScenarioSiteAction.bind(null, scenario.id),
            }
          : { createSite: createSiteAction, updateSite: updateSiteAction, deleteSite: deleteSiteAction, undoSite: undoSiteChangeAction }
      }
    />
  );
}

function scenarioOrNull(id: number) {
  try {
    return getScenario(getDb(), id);
  } catch {
    return null;
  }
}
