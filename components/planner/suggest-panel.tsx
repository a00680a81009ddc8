"use client";
import { useState } from "react";
import { formatInt, formatShare, formatTravel } from "@/lib/format";
import type { SuggestionResult } from "@/lib/planning/suggest";
import type { PlannerQuery } from "./use-planner-data";

interface Props {
  query: PlannerQuery;
  result: SuggestionResult | null;
  onResult: (r: SuggestionResult | null) => void;
  onAdopt: (rank: number) => void;
}

/** "Where should the next N service centres go?": asks POST /api/suggestions and lists the answer. */
export function SuggestPanel({ query, result, onResult, onAdopt }: Props) {
  const [count, setCount] = useState(3);
  const [objective, setObjective] = useState<"mclp" | "pmedian" | "lscp">("mclp");
  const [minVehicles, setMinVehicles] = useState(0);
  const [maxPerRegion, setMaxPerRegion] = useState("");
  const [solver, setSolver] = useState<"greedy" | "exact">("greedy");
  const [candidateMinPopulation, setCandidateMinPopulation] = useState(5000);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function ask(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const res = await fetch("/api/suggestions", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          brand: query.brand, count, objective, solver, mode: query.mode, threshold: query.threshold, candidateMinPopulation,
          includePlanned: query.includePlanned, year: query.year, ...(query.includePlanned && query.until ? { until: query.until } : {}),
          ...(query.scenario ? { scenario: query.scenario } : {}),
          constraints: { minVehicles, ...(maxPerRegion ? { maxPerRegion: Number(maxPerRegion) } : {}) },
        }),
      });
      const body = await res.json();
      if (!res.ok) throw new Error(body.error?.message ?? `The server answered ${res.status}`);
      onResult(body as SuggestionResult);
    } catch (err) {
      setError((err as Error).message);
      onResult(null);
    } finally {
      setBusy(false);
    }
  }

  const unit = result?.unit ?? (query.mode === "road" ? "minutes" : "km");
  return (
    <section aria-label="Suggest sites" className="suggest-panel">
      <h3>Suggest service-centre sites</h3>
      <form onSubmit={ask} className="suggest-form">
        <label>
          Sites
          <input type="number" min={1} max={20} value={count} onChange={(e) => setCount(Number(e.target.value))} aria-label="Number of sites" />
        </label>
        <label>
          Objective
          <select value={objective} onChange={(e) => setObjective(e.target.value as "mclp" | "pmedian" | "lscp")}>
            <option value="mclp">most vehicles covered (MCLP)</option>
            <option value="pmedian">shortest mean drive (p-median)</option>
            <option value="lscp">fewest sites for 90 % covered (LSCP)</option>
          </select>
        </label>
        <label>
          Solver
          <select value={solver} onChange={(e) => setSolver(e.target.value as "greedy" | "exact")}>
            <option value="greedy">fast (greedy)</option>
            <option value="exact">proven optimal (HiGHS)</option>
          </select>
        </label>
        <label>
          Min. vehicles
          <input type="number" min={0} value={minVehicles} onChange={(e) => setMinVehicles(Number(e.target.value))} aria-label="Minimum vehicles within reach" />
        </label>
        <label>
          Max. per region
          <input type="number" min={1} value={maxPerRegion} placeholder="any" onChange={(e) => setMaxPerRegion(e.target.value)} aria-label="Maximum new sites per region" />
        </label>
        <label>
          Candidates
          <select value={candidateMinPopulation} onChange={(e) => setCandidateMinPopulation(Number(e.target.value))} aria-label="Candidate places from">
            <option value={1000}>places from 1,000 people</option>
            <option value={5000}>towns from 5,000 people</option>
            <option value={20000}>towns from 20,000 people</option>
            <option value={100000}>cities from 100,000 people</option>
          </select>
        </label>
        <button type="submit" disabled={busy}>{busy ? "Solving…" : "Suggest sites"}</button>
      </form>
      {error ? <p className="field-error" role="alert">{error}</p> : null}
      {result ? (
        <>
          <p className="note" data-testid="suggest-summary">
            {result.request.objective === "lscp" && result.maxAchievableShare !== null
              ? `The 90 % target cannot be reached with these candidates (at most ${formatShare(result.maxAchievableShare)}). `
              : ""}
            {result.sites.length} sites from {result.candidates} candidate places · covered share {formatShare(result.before.shareCovered)} →{" "}
            {formatShare(result.after.shareCovered)} ·{" "}
            {result.solver === "exact"
              ? `${result.status === "optimal" ? "proven optimal" : "time limit reached"}, gap ${formatShare(result.gap ?? 0)}`
              : "greedy"}{" "}
            · {Math.round(result.ms)} ms
          </p>
          <table aria-label="Suggested sites" className="suggest-table">
            <thead>
              <tr>
                <th>#</th>
                <th>City</th>
                <th className="num">Adds vehicles</th>
                <th className="num">Bays</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {result.sites.map((s) => (
                <tr key={s.rank} data-rank={s.rank} data-city={s.cityId}>
                  <td>{s.rank}</td>
                  <td>
                    <b>{s.cityName}</b>
                    <div className="muted">
                      covers {s.newlyCoveredCities.map((c) => c.name).join(", ") || "no new city"}; mean {formatTravel(s.meanTravelAfter, unit)} after
                    </div>
                  </td>
                  <td className="num" data-col="gain">{formatInt(s.vehiclesAdded)}</td>
                  <td className="num">{s.baysNeeded}</td>
                  <td>
                    <button type="button" className="secondary" data-needs="edit" onClick={() => onAdopt(s.rank)}>Adopt</button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </section>
  );
}
