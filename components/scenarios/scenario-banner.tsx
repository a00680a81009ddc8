import Link from "next/link";

export interface ScenarioBannerInfo {
  id: number;
  name: string;
  /** how many of its edits no longer apply */
  stale: number;
}

/** Says loudly that the map shows a scenario, not the registry, with the way back to live. */
export function ScenarioBanner({ scenario }: { scenario: ScenarioBannerInfo }) {
  return (
    <div className="scenario-banner" role="region" aria-label="Open scenario" data-testid="scenario-banner">
      <strong>Scenario: {scenario.name}</strong>
      <span>Edits on this map go into the scenario; the registry is not changed.</span>
      {scenario.stale ? <span className="field-error">{scenario.stale} edit(s) no longer apply.</span> : null}
      <span className="scenario-banner-links">
        <Link href={`/scenarios/${scenario.id}`}>Scenario details</Link>
        <a href="/map">Back to live</a>
      </span>
    </div>
  );
}
