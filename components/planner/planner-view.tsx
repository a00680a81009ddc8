"use client";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import dynamic from "next/dynamic";
import { useLocale, useTranslations } from "next-intl";
import { CoverageMap, type MapCity, type MapLayers, type MapSite } from "@/components/map";
import { mapCitiesOf, mapReachOf, mapSitesOf } from "@/components/map/map-props";
import { Notice, useNotice } from "@/components/ui/notice";
import { ModalDialog } from "@/components/ui/modal-dialog";
import { formatShare, formatTravel } from "@/lib/format";
import type { MapViewState } from "@/lib/map/map-url";
import { districtCoverage, districtGaps, placeCoverage } from "@/lib/planning/districts";
import { greatCircleKm } from "@/lib/roads";
import type { DealershipView } from "@/db/queries/dealerships";
import { locatePoint } from "./api-error";
import { useSiteEdits } from "./use-site-edits";
import { usePlaceRoute } from "./use-place-route";
import { MapImageButton } from "./map-image-button";
import { KpiPanel } from "./kpi-panel";
import { MapLegend } from "./legend";
import { MapControls, type BrandOption } from "./map-controls";
import { PlaceSearch, type SearchablePlace } from "./place-search";
import type { SiteActions } from "./site-actions";
import type { SiteFormValues } from "./site-form";
import { ScenarioBanner, type ScenarioBannerInfo } from "@/components/scenarios/scenario-banner";
import { gapFocusOf, gapLabelsOf } from "./gap-focus";
import type { AnySuggestionResult } from "./suggest-panel";
import { useLiveWhatIf } from "./use-live-what-if";
import { useMapUrl } from "./use-map-url";
import { MarketPanel } from "./market-panel";
import { usePlannerMarket } from "./use-planner-market";
import { queryString, usePlannerData, type PlannerQuery } from "./use-planner-data";
import { useLocalizedCoverage, useLocalizedSuggestions, usePlaceNamer } from "./use-place-namer";
import { placeName } from "@/lib/i18n/place-name";
import type { Locale } from "@/lib/i18n/locales";

export interface PlannerViewProps {
  initialQuery: PlannerQuery;
  initialLayers: MapLayers;
  initialView: MapViewState | null;
  initialSite: number | null;
  brandOptions: BrandOption[];
  brands: { slug: string; name: string; manufacturerSlug: string }[];
  cities: { slug: string; name: string; nameRu: string; nameKk: string | null; nameZh?: string | null; lat: number; lng: number }[];
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
  loading: () => <Loading what="form" />,
});
const SuggestPanel = dynamic(() => import("./suggest-panel").then((m) => m.SuggestPanel), {
  ssr: false,
  loading: () => <Loading what="suggestions" />,
});

function Loading({ what }: { what: "form" | "suggestions" }) {
  const t = useTranslations("planner");
  return <p className="muted">{what === "form" ? t("loadingForm") : t("loadingSuggestions")}</p>;
}

type FormState = { title: string; editingId: number | null; initial: SiteFormValues; hint?: string } | null;

/** The planner's main screen: controls, KPIs and gaps beside the map; add, move, edit and drop sites. */
export function PlannerView(props: PlannerViewProps) {
  const t = useTranslations("planner");
  const locale = useLocale() as Locale;
  const [query, setQuery] = useState(props.initialQuery);
  const [layers, setLayers] = useState<MapLayers>(props.initialLayers);
  const [view, setView] = useState<MapViewState | null>(props.initialView);
  const [selectedSite, setSelectedSite] = useState<number | null>(props.initialSite);
  const [tilesFailed, setTilesFailed] = useState(false);
  const [focus, setFocus] = useState<{ lat: number; lng: number; key: number; zoom?: number; popup?: { title: string; lines: string[] } } | null>(null);
  const [form, setForm] = useState<FormState>(null);
  const notice = useNotice();
  const [suggestions, setSuggestions] = useState<AnySuggestionResult | null>(null);
  const [adopted, setAdopted] = useState(0);
  const [sheetExpanded, setSheetExpanded] = useState(false);
  const [renderImage, setRenderImage] = useState<Parameters<typeof MapImageButton>[0]["render"]>(null);
  // stable, or the map would hand over a new renderer on every render
  const onImageExportReady = useCallback((render: NonNullable<typeof renderImage>) => setRenderImage(() => render), []);
  const { base, districtShapes, isochrones, coverage: answer, sites, error, reload: reloadCoverage } = usePlannerData(query);
  // places, districts and regions in the reader's language (the answer names them in English)
  const namer = usePlaceNamer();
  const coverage = useLocalizedCoverage(answer, namer);
  const { live, drag: dragCoverage, reset, graph } = useLiveWhatIf(coverage);
  const ourBrands = useMemo(() => coverage?.brand.brandSlugs ?? [], [coverage]);
  const { market, dropArmed, setDropArmed, reload, drag, marketLayer, marketLabels } = usePlannerMarket({ query, layers, ourBrands, dragCoverage, reloadCoverage });
  useMapUrl(query, layers, view, selectedSite);

  // keyboard: N adds a planned site at the centre of the view (documented beside the button)
  const addAtCentre = useRef(() => {});
  useEffect(() => {
    addAtCentre.current = () => void openCreate(view?.lat ?? 48.0, view?.lng ?? 67.0);
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "n" && e.key !== "N") return;
      if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
      const t = e.target as HTMLElement | null;
      if (t && (t.isContentEditable || /^(INPUT|SELECT|TEXTAREA)$/.test(t.tagName) || t.closest("dialog"))) return;
      e.preventDefault();
      addAtCentre.current();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  const shown = live?.result ?? coverage;
  // districts and their gaps follow the live drag too: rolled up in the browser from the same rows
  const districtView = useMemo(() => {
    if (!coverage || !shown) return null;
    const places = placeCoverage(coverage.inputs.demand, shown);
    const districts = districtCoverage(coverage.inputs.districts, places);
    return { districts, gaps: districtGaps(districts, places) };
  }, [coverage, shown]);
  const unit = coverage?.unit ?? "minutes";
  const tc = useTranslations("common");
  // a manufacturer group's label says "all brands" in the reader's language
  const brandLabel = !coverage
    ? query.brand
    : coverage.brand.brandSlugs.length > 1
      ? tc("brandGroup", { manufacturer: coverage.brand.label.replace(/ \(all brands\)$/, "") })
      : coverage.brand.label;
  const tilesAvailable = Boolean(props.tileUrl) && !tilesFailed;
  // the brands a new site can have: the selected brand, or every brand of the selected group
  const formBrands = useMemo(() => {
    const own = props.brands.filter((b) => coverage?.brand.brandSlugs.includes(b.slug));
    return own.length ? own : props.brands;
  }, [props.brands, coverage]);
  const places: SearchablePlace[] = useMemo(
    () =>
      props.cities.map((c) => {
        const own = placeName({ nameEn: c.name, nameRu: c.nameRu, nameKk: c.nameKk, nameZh: c.nameZh }, locale);
        const aliases = [c.name, c.nameRu, c.nameKk, c.nameZh].filter((n, i, all): n is string => Boolean(n) && n !== own && all.indexOf(n) === i);
        return { slug: c.slug, name: own, aliases, lat: c.lat, lng: c.lng };
      }),
    [props.cities, locale],
  );

  // the form's town list in the reader's language and alphabet
  const formCities = useMemo(() => places.map((p) => ({ slug: p.slug, name: p.name })).sort((a, b) => a.name.localeCompare(b.name, locale)), [places, locale]);
  const mapCities: MapCity[] = useMemo(
    () => mapCitiesOf({ cities: shown?.cities ?? [], unit }, coverage?.inputs.demand.map((d) => d.kind) ?? [], locale),
    [shown, unit, coverage, locale],
  );

  const routeSites = useMemo(() => coverage?.inputs.sites ?? [], [coverage]);
  const showNotice = notice.show; // stable (useCallback in useNotice)
  const routeError = useCallback((place: string) => showNotice({ kind: "error", text: t("noRoute", { place }) }), [showNotice, t]);
  const { route, showRoute } = usePlaceRoute(mapCities, routeSites, routeError);
  const mapSites: MapSite[] = useMemo(
    () => mapSitesOf(namer ? sites.map((s) => ({ ...s, cityName: namer.place(s.city, s.cityName) })) : sites, shown?.sites ?? []),
    [sites, shown, namer],
  );
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

  // the optimiser's answer names places in English: shown in the reader's language (adopting keeps the data's name)
  const shownSuggestions = useLocalizedSuggestions(suggestions, namer);
  const gapLabels = useMemo(() => gapLabelsOf(districtView?.gaps ?? [], shown?.cities ?? []), [districtView, shown]);
  // a place's name in the reader's language, for the form's text
  const townName = (slug: string, fallback: string) => places.find((p) => p.slug === slug)?.name ?? fallback;

  function newSiteValues(brand: { slug: string; name: string }, over: Partial<SiteFormValues>): SiteFormValues {
    return {
      brand: brand.slug, name: "", city: "", lat: 0, lng: 0, status: "planned", sales: true, service: true, parts: true,
      serviceBays: "6", plannedQuarter: props.defaultQuarter, openedOn: "", notes: "", ...over,
    };
  }

  // A new site is named after the place it stands in, or "near" the nearest one (with the distance
  // in the form); a point outside Kazakhstan is refused before any form opens.
  async function openCreate(lat: number, lng: number) {
    let where;
    try {
      where = await locatePoint(lat, lng);
    } catch (e) {
      notice.show({ kind: "error", text: t("locateFailed", { message: (e as Error).message }) });
      return;
    }
    if (!where.inside || !where.place) {
      notice.show({ kind: "error", text: where.message ?? t("outside") });
      return;
    }
    const brand = formBrands[0];
    const placeLabel = townName(where.place.slug, where.place.name);
    setForm({
      title: t("addPlanned"),
      editingId: null,
      hint: where.place.within ? t("hintIn", { place: placeLabel }) : t("hintNear", { place: placeLabel, km: Math.round(where.place.km) }),
      initial: newSiteValues(brand, {
        // the site's name is data: English, whatever the planner reads, like the registry's other names
        name: `${brand.name} ${where.place.siteSuffix} service centre`, city: where.place.slug, lat: Number(lat.toFixed(5)), lng: Number(lng.toFixed(5)),
      }),
    });
  }

  function adopt(rank: number) {
    const s = suggestions?.sites.find((x) => x.rank === rank);
    if (!s) return;
    const brand = formBrands[0];
    if ("expectedSales" in s) {
      // a sales-model point: a showroom, with the sales it is expected to make in its notes
      setForm({
        title: t("addPlanned"),
        editingId: null,
        initial: newSiteValues(brand, {
          name: `${brand.name} ${s.cityName}`,
          city: props.cities.some((c) => c.slug === s.cityId) ? s.cityId : nearestTown(s.lat, s.lng).slug, lat: s.lat, lng: s.lng,
          notes: t("adoptedSalesNote", { rank: s.rank, sales: Math.round(s.expectedSales), gain: Math.round(s.netGain) }),
        }),
      });
      return;
    }
    setForm({
      title: t("addPlanned"),
      editingId: null,
      initial: newSiteValues(brand, {
        // a suggested village is not in the form's town list: the site is filed under the nearest town
        name: `${brand.name} ${s.cityName} service centre`,
        city: props.cities.some((c) => c.slug === s.cityId) ? s.cityId : nearestTown(s.lat, s.lng).slug, lat: s.lat, lng: s.lng,
        serviceBays: String(Math.max(1, s.baysNeeded)),
        notes: t("adoptedNote", { rank: s.rank, vehicles: s.vehiclesAdded }),
      }),
    });
  }

  function openEdit(id: number) {
    const s = sites.find((x) => x.id === id);
    if (!s) return;
    setForm({
      title: t("editTitle", { name: s.name }),
      editingId: s.id,
      initial: {
        brand: s.brand, name: s.name, city: s.city, lat: s.lat, lng: s.lng, status: s.status, sales: s.sales, service: s.service,
        parts: s.parts, serviceBays: String(s.serviceBays), plannedQuarter: s.plannedQuarter ?? "", openedOn: s.openedOn ?? "", notes: s.notes ?? "",
      },
    });
  }

  const { drop, remove } = useSiteEdits({ actions: props.actions, sites, notice, reset, reload, scenarioName: props.scenario?.name, cityName: (slug, fallback) => namer?.place(slug, fallback) ?? fallback });

  function saved(site: DealershipView) {
    const wasAdoption = form?.editingId === null && suggestions?.sites.some((x) => x.cityId === site.city);
    setForm(null);
    // an adopted suggestion is now a planned site: drop its marker, keep the others, then ask again
    setSuggestions((r) => (r ? ({ ...r, sites: r.sites.filter((x) => x.cityId !== site.city) } as AnySuggestionResult) : r));
    if (wasAdoption) setAdopted((n) => n + 1);
    notice.show({ kind: "success", text: t("saved", { name: site.name }) });
    reset();
    reload();
  }

  // a district gap: fly to its largest uncovered place and open a popup with the drive from there
  function flyToGap(kato: string) {
    const gap = districtView?.gaps.find((g) => g.kato === kato);
    const d = coverage?.inputs.districts.find((x) => x.kato === kato);
    if (!gap) return;
    const target = gapFocusOf(gap, shown?.cities ?? [], unit, d ? { lat: d.labelLat, lng: d.labelLng } : null, {
      title: (name) => t("gapTitle", { name }),
      uncovered: (vehicles, region) => t("gapUncovered", { vehicles, region }),
      largest: (name, vehicles, drive) => t("gapLargest", { name, vehicles, drive }),
      unreachable: t("gapUnreachable"),
      driveRoad: (site, time, km) => t("gapDriveRoad", { site, time, km }),
      driveStraight: (site, km) => t("gapDriveStraight", { site, km }),
    }, locale);
    if (target) setFocus({ ...target, key: Date.now() });
  }

  return (
    <div className="planner">
      <aside className={`planner-side${sheetExpanded ? " is-expanded" : ""}`} aria-label={t("panels")}>
        <button
          type="button"
          className="sheet-toggle"
          aria-expanded={sheetExpanded}
          aria-label={sheetExpanded ? t("shrinkPanels") : t("expandPanels")}
          onClick={() => setSheetExpanded((x) => !x)}
        />
        <PlaceSearch places={places} onPick={(p) => setFocus({ lat: p.lat, lng: p.lng, key: Date.now(), zoom: 9 })} />
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
          layers={{ ...layers, tiles: layers.tiles && tilesAvailable }}
          onLayers={(l) => setLayers(tilesAvailable ? l : { ...l, tiles: layers.tiles })}
          tilesAvailable={tilesAvailable}
        />
        {tilesFailed ? (
          <p className="note" data-testid="tiles-offline">{t("tilesOffline")}</p>
        ) : null}
        <div className="side-actions">
          <button type="button" data-needs="edit" aria-keyshortcuts="N" onClick={() => addAtCentre.current()}>{t("addPlanned")}</button>
          <a href={`/reports/coverage?${queryString(query)}`}>{t("openReport")}</a>
          <MapImageButton
            render={renderImage}
            fileName={`map-${query.brand}-${new Date().toISOString().slice(0, 10)}.png`}
            content={() => ({
              title: t("imageTitle", { brand: brandLabel, limit: formatTravel(coverage?.threshold ?? query.threshold, unit, locale) }),
              subtitle: t("imageSubtitle", {
                year: String(query.year),
                sites: query.includePlanned ? (query.until ? t("imageSitesUntil", { until: query.until }) : t("imageSitesPlanned")) : t("imageSitesOpen"),
                share: shown ? formatShare(shown.totals.shareCovered, locale) : "–",
                date: new Date().toISOString().slice(0, 10),
              }),
              base,
              showRoads: layers.roads,
              cities: layers.cities ? mapCities : [],
              sites: layers.sites ? mapSites.filter((s) => layers.closed || s.status !== "closed") : [],
              gaps: layers.cities ? gapLabels : [],
            })}
          />
          <span className="muted shortcut-hint">
            {t.rich("keyboardHint", { kbd: (chunks) => <kbd>{chunks}</kbd> })}
          </span>
        </div>
        <Notice message={notice.message} onClose={notice.clear} className="planner-notice" />
        {error ? <Notice message={{ kind: "error", text: error }} /> : null}
        {shown && coverage ? (
          <KpiPanel
            label={brandLabel}
            unit={unit}
            threshold={coverage.threshold}
            totals={shown.totals}
            gaps={districtView?.gaps ?? []}
            comparison={live ? null : coverage.comparison}
            live={live ? { ms: live.ms } : null}
            onGapClick={flyToGap}
          />
        ) : (
          <p className="muted">{t("loadingCoverage")}</p>
        )}
        {layers.sales ? (
          <MarketPanel market={market} label={coverage?.brand.label ?? query.brand} ourBrands={ourBrands} year={query.year} armed={dropArmed} onArm={setDropArmed}
            onFocus={(lat, lng) => setFocus({ lat, lng, key: Date.now(), zoom: 9 })}
          />
        ) : null}
        <SuggestPanel query={query} result={shownSuggestions} onResult={setSuggestions} onAdopt={adopt} adopted={adopted} />
        <MapLegend unit={unit} sales={Boolean(layers.sales)} />
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
          layers={{ ...layers, tiles: layers.tiles && tilesAvailable }}
          tileUrl={props.tileUrl}
          focus={focus}
          initialView={props.initialView}
          onViewChange={setView}
          selectedSiteId={props.initialSite}
          onSiteSelect={setSelectedSite}
          gapLabels={gapLabels}
          onImageExportReady={onImageExportReady}
          onTilesFailed={() => setTilesFailed(true)}
          onMapClick={(lat, lng) => {
            if (dropArmed && layers.sales) {
              market.addPoint(lat, lng);
              setDropArmed(false);
            } else void openCreate(lat, lng);
          }}
          onSiteDrag={drag}
          onSiteDrop={drop}
          onSiteEdit={openEdit}
          onSiteDelete={remove}
          suggestions={shownSuggestions?.sites.map((x) => ({ rank: x.rank, cityId: x.cityId, name: x.cityName, lat: x.lat, lng: x.lng, gain: "netGain" in x ? Math.round(x.netGain) : x.vehiclesAdded }))}
          onAdoptSuggestion={adopt}
          market={marketLayer}
          placeLabels={marketLabels}
        />
      </div>
      {form ? (
        <ModalDialog label={form.title} onClose={() => setForm(null)}>
          <SiteForm
            key={`${form.editingId}-${form.initial.lat}-${form.initial.lng}`}
            title={form.title}
            hint={form.hint}
            editingId={form.editingId}
            initial={form.initial}
            brands={form.editingId === null ? formBrands : props.brands}
            cities={formCities}
            quarters={props.quarters}
            onSaved={saved}
            onCancel={() => setForm(null)}
            actions={props.actions}
          />
        </ModalDialog>
      ) : null}
    </div>
  );
}
