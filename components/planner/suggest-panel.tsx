"use client";
import { useEffect, useRef, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import type { Locale } from "@/lib/i18n/locales";
import { apiErrorText } from "./api-error";
import { SalesAnswer } from "./sales-answer";
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


/** "Where should the next N service centres go?": asks POST /api/suggestions and lists the answer. */
export function SuggestPanel({ query, result, onResult, onAdopt, adopted }: Props) {
  const t = useTranslations("planner");
  const locale = useLocale() as Locale;
  /** Why the optimiser suggested no site, in the planner's words. */
  const emptyAnswer = (r: SuggestionResult): string => {
    if (r.request.objective === "lscp" && r.maxAchievableShare === null) {
      return t("suggest.noneNeeded", { share: formatShare(r.before.shareCovered, locale), target: formatShare(r.request.constraints.targetShare, locale) });
    }
    if (r.candidates === 0) return t("suggest.noCandidates");
    return t("suggest.noGain");
  };
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
      if (!res.ok) throw new Error(apiErrorText(body, t("suggest.serverAnswered", { status: res.status })));
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
    <section aria-label={t("suggest.label")} className="suggest-panel">
      <h3>{t("suggest.title")}</h3>
      <form onSubmit={ask} className="suggest-form">
        <label>
          {t("suggest.sites")}
          <input type="number" min={1} max={20} value={count} onChange={(e) => setCount(Number(e.target.value))} aria-label={t("suggest.sitesLabel")} />
        </label>
        <label>
          {t("suggest.objective")}
          <select value={objective} onChange={(e) => setObjective(e.target.value as Objective)}>
            <option value="mclp">{t("suggest.mclp")}</option>
            <option value="pmedian">{t("suggest.pmedian")}</option>
            <option value="lscp">{t("suggest.lscp")}</option>
            <option value="sales">{t("suggest.sales")}</option>
          </select>
        </label>
        {objective === "lscp" ? (
          <label>
            {t("suggest.target")}
            <input
              type="number" min={1} max={100} step={1} value={targetPercent} aria-label={t("suggest.targetLabel")}
              onChange={(e) => setTargetPercent(Number(e.target.value))}
            />
          </label>
        ) : null}
        <label>
          {t("suggest.solver")}
          <select value={solver} onChange={(e) => setSolver(e.target.value as "greedy" | "exact")}>
            <option value="greedy">{t("suggest.greedy")}</option>
            <option value="exact">{t("suggest.exact")}</option>
          </select>
        </label>
        <label>
          {t("suggest.minVehicles")}
          <input type="number" min={0} value={minVehicles} onChange={(e) => setMinVehicles(Number(e.target.value))} aria-label={t("suggest.minVehiclesLabel")} />
        </label>
        <label>
          {t("suggest.maxPerRegion")}
          <input type="number" min={1} value={maxPerRegion} placeholder={t("suggest.any")} onChange={(e) => setMaxPerRegion(e.target.value)} aria-label={t("suggest.maxPerRegionLabel")} />
        </label>
        <label>
          {t("suggest.candidates")}
          <select value={candidateMinPopulation} onChange={(e) => setCandidateMinPopulation(Number(e.target.value))} aria-label={t("suggest.candidatesLabel")}>
            <option value={1000}>{t("suggest.from1000")}</option>
            <option value={5000}>{t("suggest.from5000")}</option>
            <option value={20000}>{t("suggest.from20000")}</option>
            <option value={100000}>{t("suggest.from100000")}</option>
          </select>
        </label>
        <button type="submit" disabled={busy}>{busy ? t("suggest.solving") : t("suggest.submit")}</button>
      </form>
      {busy ? (
        <div className="solve-progress" role="group" aria-label={t("suggest.solvingLabel")}>
          {solver === "exact" ? (
            <>
              <progress max={SOLVE_TIME_LIMIT_SECONDS} value={Math.min(elapsedSeconds, SOLVE_TIME_LIMIT_SECONDS)} aria-label={t("suggest.timeUsed")} />
              <span>
                {t("suggest.proving", { elapsed: elapsedSeconds, limit: SOLVE_TIME_LIMIT_SECONDS })}
              </span>
            </>
          ) : (
            <span>{t("suggest.solvingFor", { elapsed: elapsedSeconds })}</span>
          )}
          <button type="button" className="secondary" onClick={() => controller.current?.abort()}>
            {t("suggest.cancel")}
          </button>
        </div>
      ) : null}
      {cancelled ? <p className="note" data-testid="suggest-cancelled">{t("suggest.cancelled")}</p> : null}
      {error ? <p className="field-error" role="alert">{error}</p> : null}
      {result && isSalesAnswer(result) ? <SalesAnswer result={result} onAdopt={onAdopt} /> : null}
      {result && !isSalesAnswer(result) ? (
        <>
          <p className="note" data-testid="suggest-summary">
            {result.request.objective === "lscp" && result.maxAchievableShare !== null
              ? `${t("suggest.unreachable", { target: formatShare(result.request.constraints.targetShare, locale), max: formatShare(result.maxAchievableShare, locale) })} `
              : ""}
            {t("suggest.summary", {
              sites: result.sites.length,
              candidates: result.candidates,
              before: formatShare(result.before.shareCovered, locale),
              after: formatShare(result.after.shareCovered, locale),
            })}{" "}
            ·{" "}
            {result.solver === "exact"
              ? t("suggest.exactStatus", { status: result.status === "optimal" ? t("suggest.optimal") : t("suggest.timeLimit"), gap: formatShare(result.gap ?? 0, locale) })
              : t("suggest.greedyStatus")}{" "}
            · {t("suggest.ms", { ms: Math.round(result.ms) })}
          </p>
          {result.sites.length === 0 ? <p className="note" data-testid="suggest-empty">{emptyAnswer(result)}</p> : null}
          <table aria-label={t("suggest.tableLabel")} className="suggest-table" hidden={result.sites.length === 0}>
            <thead>
              <tr>
                <th>#</th>
                <th>{t("suggest.city")}</th>
                <th className="num">{t("suggest.adds")}</th>
                <th className="num">{t("suggest.bays")}</th>
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
                      {t("suggest.covers", { places: s.newlyCoveredCities.map((c) => c.name).join(", ") || t("suggest.noNewCity"), mean: formatTravel(s.meanTravelAfter, unit, locale) })}
                    </div>
                  </td>
                  <td className="num" data-col="gain">{formatInt(s.vehiclesAdded, locale)}</td>
                  <td className="num">{s.baysNeeded}</td>
                  <td>
                    <button type="button" className="secondary" data-needs="edit" onClick={() => onAdopt(s.rank)}>{t("suggest.adopt")}</button>
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
