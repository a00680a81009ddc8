import L from "leaflet";
import { useEffect, useMemo } from "react";
import { useLocale, useTranslations } from "next-intl";
import { CircleMarker, Marker, Popup, Tooltip, useMap } from "react-leaflet";
import { formatInt, formatShare } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";
import type { MarketMapDealer, MarketMapLayer } from "./types";

// Our dealers each get a hue (their market area's dots share it); competitors are one muted orange,
// dashed, so the two never read alike even in grey print.
const COMPETITOR_FILL = "#f0a35e";
const COMPETITOR_STROKE = "#8a4b12";
const NO_DEALER = "#9aa5b1";

/** A stable, distinguishable hue per dealer id (golden-angle steps), in the blue-green-violet range. */
export function dealerColour(id: number): string {
  const hue = 170 + ((id * 137.508) % 130);
  return `hsl(${hue.toFixed(0)} 65% 42%)`;
}

/** Bubble radius in pixels: area proportional to expected sales (a dealer selling 4x as much looks 4x as big). */
export function bubbleRadius(expectedSales: number): number {
  return 4 + Math.sqrt(Math.max(0, expectedSales)) / 2;
}

const whatIfIcon = L.divIcon({
  className: "site-icon-wrap",
  html: '<span class="whatif-icon" aria-hidden="true">+</span>',
  iconSize: [22, 22],
  iconAnchor: [11, 11],
  popupAnchor: [0, -12],
});

/**
 * Each place of the sales model as a dot coloured by its primary dealer (its market area), on one
 * canvas: a couple of thousand points stay smooth. Competitors' areas are their light orange; grey
 * dots have no dealer within reach.
 */
function MarketAreas({ layer, ours, all }: { layer: MarketMapLayer; ours: Map<number, MarketMapDealer>; all: Map<number, MarketMapDealer> }) {
  const map = useMap();
  const renderer = useMemo(() => L.canvas({ padding: 0.3 }), []);
  useEffect(() => {
    const group = L.layerGroup();
    const max = Math.max(1, ...layer.places.map((p) => p.potential));
    for (const p of layer.places) {
      const dealer = p.primaryDealerId === null ? undefined : ours.get(p.primaryDealerId);
      const rival = p.primaryDealerId !== null && !dealer && all.has(p.primaryDealerId);
      L.circleMarker([p.lat, p.lng], {
        renderer,
        radius: 2.5 + 10 * Math.sqrt(p.potential / max),
        stroke: false,
        fillColor: dealer ? dealerColour(dealer.id) : rival ? COMPETITOR_FILL : NO_DEALER,
        fillOpacity: dealer ? 0.6 : rival ? 0.45 : 0.3,
        interactive: false,
      }).addTo(group);
    }
    group.addTo(map);
    return () => {
      group.remove();
    };
  }, [map, layer.places, ours, all, renderer]);
  return null;
}

/** The sales layer: market areas, dealer bubbles by expected sales (competitors apart), what-if points. */
export function MarketLayer({ layer, interactive }: { layer: MarketMapLayer; interactive: boolean }) {
  const t = useTranslations("market.layer");
  const locale = useLocale() as Locale;
  const int = (n: number) => formatInt(n, locale);
  const ours = useMemo(() => new Map(layer.dealers.filter((d) => !d.competitor).map((d) => [d.id, d])), [layer.dealers]);
  const all = useMemo(() => new Map(layer.dealers.map((d) => [d.id, d])), [layer.dealers]);
  const shown = layer.dealers.filter((d) => !d.competitor || layer.showCompetitors);
  // competitors underneath, ours on top; within each, big bubbles first so small ones stay clickable
  const ordered = [...shown].sort((a, b) => Number(a.competitor === false) - Number(b.competitor === false) || b.expectedSales - a.expectedSales);
  return (
    <>
      <MarketAreas layer={layer} ours={ours} all={all} />
      {ordered.map((d) => (
        <CircleMarker
          key={`market-${d.id}`}
          center={[d.lat, d.lng]}
          radius={bubbleRadius(d.expectedSales)}
          pathOptions={
            d.removed
              ? { color: "#555", weight: 1.5, dashArray: "2 3", fillColor: "#ccc", fillOpacity: 0.4 }
              : d.competitor
                ? { color: COMPETITOR_STROKE, weight: 1, dashArray: "4 3", fillColor: COMPETITOR_FILL, fillOpacity: 0.22 }
                : { color: "#0b2540", weight: 1.5, fillColor: dealerColour(d.id), fillOpacity: 0.7 }
          }
          bubblingMouseEvents={false}
          className={d.competitor ? "market-bubble competitor" : "market-bubble ours"}
        >
          <Tooltip>{t("tooltip", { name: d.name, sales: int(d.expectedSales) })}</Tooltip>
          <Popup>
            <div className="site-popup" data-testid="market-dealer-popup">
              <strong>{d.name}</strong>
              <div className="muted">{d.competitor ? `${d.brand} · ${t("competitor")}` : d.brand}</div>
              <div>
                {t("popupSales", {
                  sales: int(d.expectedSales), target: int(d.targetSales), utilisation: d.utilisation === null ? "–" : formatShare(d.utilisation, locale),
                })}
              </div>
              {interactive ? (
                <div className="popup-actions">
                  <button type="button" onClick={() => layer.onDealerToggle?.(d.id)}>
                    {d.removed ? t("reopen") : t("close")}
                  </button>
                  {!d.competitor ? (
                    <button type="button" onClick={() => layer.onAddBeside?.(d.id)}>
                      {t("beside")}
                    </button>
                  ) : null}
                </div>
              ) : null}
            </div>
          </Popup>
        </CircleMarker>
      ))}
      {layer.points.map((p) => (
        <Marker
          key={`whatif-${p.key}`}
          position={[p.lat, p.lng]}
          icon={whatIfIcon}
          draggable={interactive}
          title={t("pointTitle", { name: p.name })}
          zIndexOffset={1200}
          eventHandlers={{
            drag: (e) => {
              const at = (e.target as L.Marker).getLatLng();
              layer.onPointDrag?.(p.key, at.lat, at.lng);
            },
            dragend: (e) => {
              const at = (e.target as L.Marker).getLatLng();
              layer.onPointDrag?.(p.key, at.lat, at.lng);
            },
          }}
        >
          <Popup>
            <div className="site-popup">
              <strong>{p.name}</strong> <span className="muted">{t("notSaved")}</span>
              <div>{t("pointSales", { sales: p.expectedSales === null ? "…" : int(p.expectedSales) })}</div>
              {interactive ? (
                <button type="button" onClick={() => layer.onPointRemove?.(p.key)}>
                  {t("removePoint")}
                </button>
              ) : null}
            </div>
          </Popup>
        </Marker>
      ))}
    </>
  );
}
