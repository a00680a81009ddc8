import { useTranslations } from "next-intl";

/** Explains every symbol on the map. */
export function MapLegend({ unit, sales = false }: { unit: "minutes" | "km"; sales?: boolean }) {
  const t = useTranslations("planner");
  const tMarket = useTranslations("market.legend");
  return (
    <section aria-label={t("legend.title")} className="legend">
      <h3>{t("legend.title")}</h3>
      <ul>
        <li><span className="site-icon status-open" /> {t("legend.open")}</li>
        <li><span className="site-icon status-planned" /> {t("legend.planned")}</li>
        <li><span className="site-icon status-under_construction" /> {t("legend.building")}</li>
        <li><span className="site-icon sales-only" /> {t("legend.salesOnly")}</li>
        <li><span className="site-icon status-open overloaded" /> {t("legend.overloaded")}</li>
        <li><span className="suggestion-icon legend-diamond"><b>1</b></span> {t("legend.suggested")}</li>
        <li><span className="legend-circle covered" /> {t("legend.covered")}</li>
        <li><span className="legend-circle uncovered" /> {t("legend.gap")}</li>
        <li><span className="legend-reach" /> {unit === "minutes" ? t("legend.reachRoad") : t("legend.reachStraight")}</li>
        <li><span className="legend-road" /> {t("legend.road")}</li>
        {sales ? (
          <>
            <li><span className="market-swatch" style={{ background: "hsl(200 65% 42%)", border: "1.5px solid #0b2540" }} /> {tMarket("ours")}</li>
            <li><span className="market-swatch" style={{ background: "#f0a35e", border: "1.5px dashed #8a4b12" }} /> {tMarket("competitor")}</li>
            <li><span className="whatif-icon" style={{ width: 14, height: 14, fontSize: 10 }}>+</span> {tMarket("whatIf")}</li>
          </>
        ) : null}
      </ul>
    </section>
  );
}
