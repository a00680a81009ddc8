import Link from "next/link";
import { useTranslations } from "next-intl";

export interface ScenarioBannerInfo {
  id: number;
  name: string;
  /** how many of its edits no longer apply */
  stale: number;
}

/** Says loudly that the map shows a scenario, not the registry, with the way back to live. */
export function ScenarioBanner({ scenario }: { scenario: ScenarioBannerInfo }) {
  const t = useTranslations("scenarios");
  return (
    <div className="scenario-banner" role="region" aria-label={t("banner.label")} data-testid="scenario-banner">
      <strong>{t("detail.heading", { name: scenario.name })}</strong>
      <span>{t("banner.note")}</span>
      {scenario.stale ? <span className="field-error">{t("banner.stale", { count: scenario.stale })}</span> : null}
      <span className="scenario-banner-links">
        <Link href={`/scenarios/${scenario.id}`}>{t("banner.details")}</Link>
        <a href="/map">{t("banner.back")}</a>
      </span>
    </div>
  );
}
