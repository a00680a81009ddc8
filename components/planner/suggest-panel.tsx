"use client";
import { useEffect, useRef, useState } from "react";
import { apiErrorText } from "./api-error";
import { formatInt, formatShare, formatTravel } from "@/lib/format";
import type { SuggestionResult } from "@/lib/planning/suggest";
import type { SalesSuggestionAnswer } from "@/lib/planning/suggest-sales";
import type { PlannerQuery } from "./use-planner-data";

/** A coverage answer (mclp, pmedian, lscp) or a sales-model one (objective "sales"). */
export type AnySuggestionResult = SuggestionResult | SalesSuggestionAnswer;

type Objective = "mclp" | "pmedian" | "lscp" | "sales";

/** True for an answer of the sales model. */
export function isSalesAnswer(r: AnySuggestionResult): r is SalesSuggestionAnswer {
  return r.request.objective === "sales";
}

interface Props {
  query: PlannerQuery;
  result: AnySuggestionResult | null;
  onResult: (r: AnySuggestionResult | null) => void;
  onAdopt: (rank: number) => void;
  /** counts adoptions: each one re-asks for the remaining sites, so the header is never stale */
  adopted: number;
}

/** The exact solver's time limit from the map (the API's default): the progress bar runs against it. */
const SOLVE_TIME_LIMIT_SECONDS = 20;

/** Why the optimiser suggested no site, in the planner's words. */
function emptyAnswer(r: SuggestionResult): string {
  if (r.request.objective === "lscp" && r.maxAchievableShare === null) {
    return `No new site is needed: ${formatShare(r.before.shareCovered)} of the vehicles are already covered, at or above the ${formatShare(r.request.constraints.targetShare)} target. Raise the target to see where the next sites would go.`;
  }
  if (r.candidates === 0) return "No candidate city is left: every city with vehicles already has a site or is excluded.";
  return "No candidate city adds covered vehicles under these constraints: every gap is out of reach of any candidate, or below the minimum vehicles.";
}

/** "Where should the next N service centres go?": asks POST /api/suggestions and lists the answer. */
export function SuggestPanel({ query, result, onResult, onAdopt, adopted }: Props) {
  const [count, setCount] = useState(3);
  const [objective, setObjective] = useState<Objective>("mclp");
  const [minVehicles, setMinVehicles] = useState(0);
  const [maxPerRegion, setMaxPerRegion] = useState("");
  const [solver, setSolver] = useState<"greedy" | "exact">("greedy");
  const [candidateMinPopulation, setCandidateMinPopulation] = useState(5000);
  const [targetPercent, setTargetPercent] = useState(90);
  const [busy, setBusy] = useState(false);
  const [elapsedSeconds, setElapsedSeconds] = useState(0);
  const [cancelled, setCancelled] = useState(false);
  const controller = useRef<AbortController | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function ask(e: React.FormEvent) {
    e.preventDefault();
    await solve(count);
  }

  async function solve(sitesWanted: number) {
    controller.current?.abort();
    const abort = new AbortController();
    controller.current = abort;
    setElapsedSeconds(0);
    setBusy(true);
    setCancelled(false);
    setError(null);
    try {
      const res = await fetch("/api/suggestions", {
        signal: abort.signal,
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          brand: query.brand, count: sitesWanted, objective, solver, timeLimitSeconds: SOLVE_TIME_LIMIT_SECONDS, mode: query.mode, threshold: query.threshold,
          candidateMinPopulation,
          includePlanned: query.includePlanned, year: query.year, ...(query.includePlanned && query.until ? { until: query.until } : {}),
          ...(query.scenario ? { scenario: query.scenario } : {}),
          constraints: {
            minVehicles, ...(maxPerRegion ? { maxPerRegion: Number(maxPerRegion) } : {}),
            ...(objective === "lscp" ? { targetShare: targetPercent / 100 } : {}),
          },
        }),
      });
      const body = await res.json();
      if (!res.ok) throw new Error(apiErrorText(body, `The server answered ${res.status}`));
      onResult(body as AnySuggestionResult);
    } catch (err) {
      if (abort.signal.aborted) {
        setCancelled(true);
        return;
      }
      setError((err as Error).message);
      onResult(null);
    } finally {
      if (controller.current === abort) {
        controller.current = null;
        setBusy(false);
      }
    }
  }

  // after an adoption the adopted site is part of the network: ask again for the ones still open
  const lastAdopted = useRef(adopted);
  const latest = useRef(result);
  useEffect(() => {
    latest.current = result;
  }, [result]);
  useEffect(() => {
    if (adopted === lastAdopted.current) return;
    lastAdopted.current = adopted;
    const previous = latest.current;
    if (!previous) return;
    if (previous.request.objective === "lscp") void solve(previous.request.count);
    else if (previous.sites.length > 0) void solve(previous.sites.length);
    else onResult({ ...previous });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [adopted]);

  // while a solve runs: a clock (and, for the exact solver, how much of its time limit has passed)
  useEffect(() => {
    if (!busy) return;
    const started = Date.now();
    const t = setInterval(() => setElapsedSeconds(Math.floor((Date.now() - started) / 1000)), 250);
    return () => clearInterval(t);
  }, [busy]);

  const unit = (result && !isSalesAnswer(result) ? result.unit : null) ?? (query.mode === "road" ? "minutes" : "km");
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
          <select value={objective} onChange={(e) => setObjective(e.target.value as Objective)}>
            <option value="mclp">most vehicles covered (MCLP)</option>
            <option value="pmedian">shortest mean drive (p-median)</option>
            <option value="lscp">fewest sites for a target share (LSCP)</option>
            <option value="sales">most new-car sales against competitors (sales model)</option>
          </select>
        </label>
        {objective === "lscp" ? (
          <label>
            Target covered share, %
            <input
              type="number" min={1} max={100} step={1} value={targetPercent} aria-label="Target covered share (%)"
              onChange={(e) => setTargetPercent(Number(e.target.value))}
            />
          </label>
        ) : null}
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
      {busy ? (
        <div className="solve-progress" role="group" aria-label="Solving">
          {solver === "exact" ? (
            <>
              <progress max={SOLVE_TIME_LIMIT_SECONDS} value={Math.min(elapsedSeconds, SOLVE_TIME_LIMIT_SECONDS)} aria-label="Time used of the solver's limit" />
              <span>
                Proving the optimum: {elapsedSeconds} s of at most {SOLVE_TIME_LIMIT_SECONDS} s
              </span>
            </>
          ) : (
            <span>Solving… {elapsedSeconds} s</span>
          )}
          <button type="button" className="secondary" onClick={() => controller.current?.abort()}>
            Cancel
          </button>
        </div>
      ) : null}
      {cancelled ? <p className="note" data-testid="suggest-cancelled">Cancelled: no suggestion was computed.</p> : null}
      {error ? <p className="field-error" role="alert">{error}</p> : null}
      {result && isSalesAnswer(result) ? <SalesAnswer result={result} onAdopt={onAdopt} /> : null}
      {result && !isSalesAnswer(result) ? (
        <>
          <p className="note" data-testid="suggest-summary">
            {result.request.objective === "lscp" && result.maxAchievableShare !== null
              ? `The ${formatShare(result.request.constraints.targetShare)} target cannot be reached with these candidates (at most ${formatShare(result.maxAchievableShare)}). `
              : ""}
            {result.sites.length} sites from {result.candidates} candidate places · covered share {formatShare(result.before.shareCovered)} →{" "}
            {formatShare(result.after.shareCovered)} ·{" "}
            {result.solver === "exact"
              ? `${result.status === "optimal" ? "proven optimal" : "time limit reached"}, gap ${formatShare(result.gap ?? 0)}`
              : "greedy"}{" "}
            · {Math.round(result.ms)} ms
          </p>
          {result.sites.length === 0 ? <p className="note" data-testid="suggest-empty">{emptyAnswer(result)}</p> : null}
          <table aria-label="Suggested sites" className="suggest-table" hidden={result.sites.length === 0}>
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

/** A sales-model answer: each point's expected sales and where they come from (new buyers, competitors, our own dealers). */
function SalesAnswer({ result, onAdopt }: { result: SalesSuggestionAnswer; onAdopt: (rank: number) => void }) {
  return (
    <>
      <p className="note" data-testid="suggest-summary">
        {result.sites.length} points from {result.candidates} candidate places · captured sales {formatInt(result.before.captured)} →{" "}
        {formatInt(result.after.captured)} a year (share {formatShare(result.before.share)} → {formatShare(result.after.share)}) ·{" "}
        {result.solver === "exact"
          ? `${result.status === "optimal" ? "proven optimal" : "time limit reached"}, gap ${formatShare(result.gap ?? 0)}`
          : `greedy, at most ${formatInt(result.bound ?? result.value)} possible`}{" "}
        · {Math.round(result.ms)} ms
      </p>
      {result.sites.length === 0 ? <p className="note" data-testid="suggest-empty">No candidate place adds sales under these constraints.</p> : null}
      <table aria-label="Suggested sites" className="suggest-table" hidden={result.sites.length === 0}>
        <thead>
          <tr>
            <th>#</th>
            <th>City</th>
            <th className="num">Sells / year</th>
            <th className="num">Brand gains</th>
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
                  new buyers {formatInt(s.newBuyers)}, from competitors {formatInt(s.fromCompetitors)}, from our dealers {formatInt(s.fromOwn)}
                </div>
              </td>
              <td className="num">{formatInt(s.expectedSales)}</td>
              <td className="num" data-col="gain">{formatInt(s.netGain)}</td>
              <td>
                <button type="button" className="secondary" data-needs="edit" onClick={() => onAdopt(s.rank)}>Adopt</button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
