import { useTranslations } from "next-intl";

/** Explains every symbol on the map. */
export function MapLegend({ unit, sales = false }: { unit: "minutes" | "km"; sales?: boolean }) {
  const t = useTranslations("market.legend");
  return (
    <section aria-label="Legend" className="legend">
      <h3>Legend</h3>
      <ul>
        <li><span className="site-icon status-open" /> open service site (3S or service)</li>
        <li><span className="site-icon status-planned" /> planned opening (hollow, dashed)</li>
        <li><span className="site-icon status-under_construction" /> under construction (hatched)</li>
        <li><span className="site-icon sales-only" /> sales only: does not cover after-sales demand</li>
        <li><span className="site-icon status-open overloaded" /> orange ring: more vehicles per bay than the target</li>
        <li><span className="suggestion-icon legend-diamond"><b>1</b></span> suggested site (optimiser)</li>
        <li><span className="legend-circle covered" /> city covered (size = vehicles)</li>
        <li><span className="legend-circle uncovered" /> city not covered: a gap (dashed red)</li>
        <li><span className="legend-reach" /> reach of service sites within the threshold {unit === "minutes" ? "(along roads)" : "(straight line)"}</li>
        <li><span className="legend-road" /> highway (M-, A- and KAZ roads)</li>
        {sales ? (
          <>
            <li><span className="market-swatch" style={{ background: "hsl(200 65% 42%)", border: "1.5px solid #0b2540" }} /> {t("ours")}</li>
            <li><span className="market-swatch" style={{ background: "#f0a35e", border: "1.5px dashed #8a4b12" }} /> {t("competitor")}</li>
            <li><span className="whatif-icon" style={{ width: 14, height: 14, fontSize: 10 }}>+</span> {t("whatIf")}</li>
          </>
        ) : null}
      </ul>
    </section>
  );
}
