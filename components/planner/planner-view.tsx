"use client";
import { useCallback, useMemo, useState } from "react";
import dynamic from "next/dynamic";
import { CoverageMap, type MapCity, type MapLayers, type MapRoute, type MapSite } from "@/components/map";
import { mapCitiesOf, mapReachOf, mapSitesOf } from "@/components/map/map-props";
import { districtCoverage, districtGaps, placeCoverage } from "@/lib/planning/districts";
import { greatCircleKm } from "@/lib/roads";
import type { DealershipView } from "@/db/queries/dealerships";
import { KpiPanel } from "./kpi-panel";
import { MapLegend } from "./legend";
import { MapControls, type BrandOption } from "./map-controls";
import type { SiteActions } from "./site-actions";
import type { SiteFormValues } from "./site-form";
import { ScenarioBanner, type ScenarioBannerInfo } from "@/components/scenarios/scenario-banner";
import type { SuggestionResult } from "@/lib/planning/suggest";
import { useLiveWhatIf } from "./use-live-what-if";
import { queryString, usePlannerData, type PlannerQuery } from "./use-planner-data";

export interface PlannerViewProps {
  initialQuery: PlannerQuery;
  brandOptions: BrandOption[];
  brands: { slug: string; name: string; manufacturerSlug: string }[];
  cities: { slug: string; name: string; lat: number; lng: number }[];
  years: number[];
  quarters: string[];
  defaultQuarter: string;
  tileUrl: string;
  /** the server actions that write sites, passed in by the page (scenario edits when a scenario is open) */
  actions: SiteActions;
  /** the open scenario (?scenario=<id>); absent: the live registry */
  scenario?: ScenarioBannerInfo;
}

// Loaded when first shown, not with the page: the form brings zod and the border outline, and both
// panels wait for a click anyway (the /map route's JS budget, scripts/bundle-size.ts).
const SiteForm = dynamic(() => import("./site-form").then((m) => m.SiteForm), {
  ssr: false,
  loading: () => <p className="muted">Loading the form…</p>,
});
const SuggestPanel = dynamic(() => import("./suggest-panel").then((m) => m.SuggestPanel), {
  ssr: false,
  loading: () => <p className="muted">Loading suggestions…</p>,
});

type FormState = { title: string; editingId: number | null; initial: SiteFormValues } | null;

/** The planner's main screen: controls, KPIs and gaps beside the map; add, move, edit and drop sites. */
export function PlannerView(props: PlannerViewProps) {
  const [query, setQuery] = useState(props.initialQuery);
  const [layers, setLayers] = useState<MapLayers>({ districts: "share", tiles: Boolean(props.tileUrl), roads: true, reach: true, cities: true, sites: true, closed: false });
  const [focus, setFocus] = useState<{ lat: number; lng: number; key: number } | null>(null);
  const [form, setForm] = useState<FormState>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [suggestions, setSuggestions] = useState<SuggestionResult | null>(null);
  const { base, districtShapes, isochrones, coverage, sites, error, reload } = usePlannerData(query);
  const { live, drag, reset, graph } = useLiveWhatIf(coverage);
  const [route, setRoute] = useState<MapRoute | null>(null);

  const shown = live?.result ?? coverage;
  // districts and their gaps follow the live drag too: rolled up in the browser from the same rows
  const districtView = useMemo(() => {
    if (!coverage || !shown) return null;
    const places = placeCoverage(coverage.inputs.demand, shown);
    const districts = districtCoverage(coverage.inputs.districts, places);
    return { districts, gaps: districtGaps(districts, places) };
  }, [coverage, shown]);
  const unit = coverage?.unit ?? "minutes";
  // the brands a new site can have: the selected brand, or every brand of the selected group
  const formBrands = useMemo(() => {
    const own = props.brands.filter((b) => coverage?.brand.brandSlugs.includes(b.slug));
    return own.length ? own : props.brands;
  }, [props.brands, coverage]);

  const mapCities: MapCity[] = useMemo(
    () => mapCitiesOf({ cities: shown?.cities ?? [], unit }, coverage?.inputs.demand.map((d) => d.kind) ?? []),
    [shown, unit, coverage],
  );

  // a clicked place: draw the drive to its nearest site along the roads
  const showRoute = useCallback(
    async (placeId: string) => {
      const place = mapCities.find((c) => c.id === placeId);
      const site = coverage?.inputs.sites.find((s) => s.id === place?.nearestSiteId);
      if (!place || !site) {
        setRoute(null);
        return;
      }
      const res = await fetch(`/api/route?from=${place.lat},${place.lng}&to=${site.lat},${site.lng}`);
      if (!res.ok) return setMessage(`No route from ${place.name}.`);
      const body = (await res.json()) as Omit<MapRoute, "from" | "to">;
      setRoute({ ...body, from: place.name, to: site.name });
    },
    [mapCities, coverage],
  );
  const mapSites: MapSite[] = useMemo(() => mapSitesOf(sites, shown?.sites ?? []), [sites, shown]);
  // the reached roads only while the drive-time polygons load (or for a site being dragged)
  const reach = useMemo(
    () => mapReachOf(query.mode, coverage?.threshold ?? query.threshold, coverage?.inputs.sites ?? [], graph, isochrones),
    [coverage, graph, query.mode, query.threshold, isochrones],
  );

  function nearestTown(lat: number, lng: number) {
    let nearest = props.cities[0];
    for (const c of props.cities) if (greatCircleKm(lat, lng, c.lat, c.lng) < greatCircleKm(lat, lng, nearest.lat, nearest.lng)) nearest = c;
    return nearest;
  }

  function openCreate(lat: number, lng: number) {
    const nearest = nearestTown(lat, lng);
    const brand = formBrands[0];
    setForm({
      title: "Add planned dealership",
      editingId: null,
      initial: {
        brand: brand.slug, name: `${brand.name} ${nearest.name} service centre`, city: nearest.slug,
        lat: Number(lat.toFixed(5)), lng: Number(lng.toFixed(5)), status: "planned", sales: true, service: true, parts: true,
        serviceBays: "6", plannedQuarter: props.defaultQuarter, openedOn: "", notes: "",
      },
    });
  }

  function adopt(rank: number) {
    const s = suggestions?.sites.find((x) => x.rank === rank);
    if (!s) return;
    const brand = formBrands[0];
    setForm({
      title: "Add planned dealership",
      editingId: null,
      initial: {
        // a suggested village is not in the form's town list: the site is filed under the nearest town
        brand: brand.slug, name: `${brand.name} ${s.cityName} service centre`,
        city: props.cities.some((c) => c.slug === s.cityId) ? s.cityId : nearestTown(s.lat, s.lng).slug, lat: s.lat, lng: s.lng,
        status: "planned", sales: true, service: true, parts: true, serviceBays: String(Math.max(1, s.baysNeeded)),
        plannedQuarter: props.defaultQuarter, openedOn: "", notes: `Adopted suggestion #${s.rank}: +${s.vehiclesAdded} vehicles within reach`,
      },
    });
  }

  function openEdit(id: number) {
    const s = sites.find((x) => x.id === id);
    if (!s) return;
    setForm({
      title: `Edit ${s.name}`,
      editingId: s.id,
      initial: {
        brand: s.brand, name: s.name, city: s.city, lat: s.lat, lng: s.lng, status: s.status, sales: s.sales, service: s.service,
        parts: s.parts, serviceBays: String(s.serviceBays), plannedQuarter: s.plannedQuarter ?? "", openedOn: s.openedOn ?? "", notes: s.notes ?? "",
      },
    });
  }

  async function drop(id: number, lat: number, lng: number) {
    const result = await props.actions.updateSite(id, { lat, lng });
    setMessage(result.ok ? `Moved ${result.data.name}.` : `Not moved: ${result.error.message}`);
    reset();
    reload();
  }

  async function remove(id: number) {
    const s = sites.find((x) => x.id === id);
    if (!s) return;
    const ask = props.scenario ? `Close ${s.name} in scenario "${props.scenario.name}"? The registry keeps it.` : `Delete ${s.name}? The audit log keeps its last state.`;
    if (!window.confirm(ask)) return;
    const result = await props.actions.deleteSite(id);
    const done = props.scenario ? "Closed in the scenario" : "Deleted";
    setMessage(result.ok ? `${done}: ${s.name}.` : `Not done: ${result.error.message}`);
    reset();
    reload();
  }

  function saved(site: DealershipView) {
    setForm(null);
    // an adopted suggestion is now a planned site: drop its marker, keep the others
    setSuggestions((r) => (r ? { ...r, sites: r.sites.filter((x) => x.cityId !== site.city) } : r));
    setMessage(`Saved ${site.name}.`);
    reset();
    reload();
  }

  return (
    <div className="planner">
      <aside className="planner-side">
        {props.scenario ? <ScenarioBanner scenario={props.scenario} /> : null}
        <MapControls
          query={query}
          onQuery={(q) => {
            reset();
            setSuggestions(null);
            setQuery(q);
          }}
          brandOptions={props.brandOptions}
          years={props.years}
          quarters={props.quarters}
          layers={layers}
          onLayers={setLayers}
          tilesAvailable={Boolean(props.tileUrl)}
        />
        <div className="side-actions">
          <button type="button" data-needs="edit" onClick={() => openCreate(48.0, 67.0)}>Add planned dealership</button>
          <a href={`/reports/coverage?${queryString(query)}`}>Open the coverage report</a>
        </div>
        {message ? <p className="status-message" role="status">{message}</p> : null}
        {error ? <p className="field-error" role="alert">{error}</p> : null}
        {form ? (
          <SiteForm
            key={`${form.editingId}-${form.initial.lat}-${form.initial.lng}`}
            title={form.title}
            editingId={form.editingId}
            initial={form.initial}
            brands={form.editingId === null ? formBrands : props.brands}
            cities={props.cities}
            quarters={props.quarters}
            onSaved={saved}
            onCancel={() => setForm(null)}
            actions={props.actions}
          />
        ) : null}
        {shown && coverage ? (
          <KpiPanel
            label={coverage.brand.label}
            unit={unit}
            threshold={coverage.threshold}
            totals={shown.totals}
            gaps={districtView?.gaps ?? []}
            comparison={live ? null : coverage.comparison}
            live={live ? { ms: live.ms } : null}
            onGapClick={(kato) => {
              const d = coverage.inputs.districts.find((x) => x.kato === kato);
              if (d) setFocus({ lat: d.labelLat, lng: d.labelLng, key: Date.now() });
            }}
          />
        ) : (
          <p className="muted">Loading coverage…</p>
        )}
        <SuggestPanel query={query} result={suggestions} onResult={setSuggestions} onAdopt={adopt} />
        <MapLegend unit={unit} />
      </aside>
      <div className="planner-map" data-testid="planner-map">
        <CoverageMap
          base={base}
          cities={mapCities}
          sites={mapSites}
          reach={reach}
          districtShapes={districtShapes}
          districts={districtView?.districts}
          route={route}
          onPlaceClick={showRoute}
          layers={layers}
          tileUrl={props.tileUrl}
          focus={focus}
          onMapClick={openCreate}
          onSiteDrag={drag}
          onSiteDrop={drop}
          onSiteEdit={openEdit}
          onSiteDelete={remove}
          suggestions={suggestions?.sites.map((x) => ({ rank: x.rank, cityId: x.cityId, name: x.cityName, lat: x.lat, lng: x.lng, gain: x.vehiclesAdded }))}
          onAdoptSuggestion={adopt}
        />
      </div>
    </div>
  );
}
