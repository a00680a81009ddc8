"use client";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { apiErrorText } from "./api-error";
import type { MarketAnswer, MarketChangeRequest, MarketWhatIfAnswer } from "./market-types";

/** The what-if asks the server at most this often while a point is dragged (live, not per pixel). */
export const WHAT_IF_INTERVAL_MS = 120;

/** About 1.5 km east of a dealer: "a second point beside it", within any buyer's reach of both. */
const BESIDE_DEG_LNG = 0.02;

export interface WhatIfPointState {
  key: number;
  name: string;
  lat: number;
  lng: number;
}

const EMPTY: { points: WhatIfPointState[]; move: MarketChangeRequest["move"]; remove: number[] } = { points: [], move: [], remove: [] };

/**
 * The sales model on the map: loads GET /api/market for the brand and year while the sales layer is
 * on, and keeps a what-if (points added, dealers moved or closed, nothing saved) whose effect on every
 * dealer comes from POST /api/market/what-if, throttled so it updates live while a point is dragged.
 */
export function useMarket(params: { brand: string; year: number; includePlanned: boolean; scenario?: number; enabled: boolean; version: number }) {
  const { brand, year, includePlanned, scenario, enabled, version } = params;
  const t = useTranslations("market.panel");
  const [loaded, setLoaded] = useState<{ key: string; data: MarketAnswer } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [change, setChange] = useState(EMPTY);
  const [whatIf, setWhatIf] = useState<{ key: string; data: MarketWhatIfAnswer } | null>(null);
  const [busy, setBusy] = useState(false);
  const nextKey = useRef(1);
  const key = `${brand}|${year}|${includePlanned}|${scenario ?? "live"}|${version}`;
  const answer = enabled && loaded?.key === key ? loaded.data : null;

  useEffect(() => {
    if (!enabled) return;
    let cancelled = false;
    const qs = new URLSearchParams({ brand, year: String(year), includePlanned: String(includePlanned) });
    // an open scenario: its outlets replayed over the registry, as the rest of the map shows them
    if (scenario) qs.set("scenario", String(scenario));
    fetch(`/api/market?${qs}`, { cache: "no-cache" })
      .then(async (res) => {
        const body = await res.json();
        if (!res.ok) throw new Error(apiErrorText(body, `/api/market answered ${res.status}`));
        return body as MarketAnswer;
      })
      .then(
        (data) => {
          if (cancelled) return;
          setLoaded({ key, data });
          setError(null);
        },
        (e: Error) => !cancelled && setError(e.message),
      );
    return () => {
      cancelled = true;
    };
  }, [brand, year, includePlanned, scenario, enabled, key]);

  // a new brand, year or registry state starts a new what-if
  const [changeKey, setChangeKey] = useState(key);
  if (changeKey !== key) {
    setChangeKey(key);
    setChange(EMPTY);
    setWhatIf(null);
  }

  const request: MarketChangeRequest | null = useMemo(() => {
    if (!change.points.length && !change.move.length && !change.remove.length) return null;
    return { add: change.points.map((p) => ({ lat: p.lat, lng: p.lng, name: p.name })), move: change.move, remove: change.remove };
  }, [change]);
  const requestKey = request ? `${key}|${JSON.stringify(request)}` : null;

  // Throttled rather than debounced, so the table moves while a point is still being dragged: the
  // first change starts a short timer, later ones only replace what it will send; a newer request
  // aborts the one in flight, so an old answer never overwrites a newer one.
  const latest = useRef<{ key: string; body: string } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inflight = useRef<AbortController | null>(null);
  const flush = useCallback(() => {
    timer.current = null;
    const job = latest.current;
    if (!job) return;
    inflight.current?.abort();
    const abort = new AbortController();
    inflight.current = abort;
    setBusy(true);
    fetch("/api/market/what-if", { method: "POST", signal: abort.signal, headers: { "Content-Type": "application/json" }, body: job.body })
      .then(async (res) => {
        const body = await res.json();
        if (!res.ok) throw new Error(apiErrorText(body, `/api/market/what-if answered ${res.status}`));
        return body as MarketWhatIfAnswer;
      })
      .then(
        (data) => {
          setWhatIf({ key: job.key, data });
          setError(null);
        },
        (e: Error) => {
          if (e.name !== "AbortError") setError(e.message);
        },
      )
      .finally(() => {
        if (inflight.current === abort) {
          inflight.current = null;
          setBusy(false);
        }
      });
  }, []);

  useEffect(() => {
    if (!enabled || !request || !requestKey) {
      latest.current = null;
      return;
    }
    latest.current = { key: requestKey, body: JSON.stringify({ brand, year, includePlanned, ...(scenario ? { scenario } : {}), ...request }) };
    if (timer.current === null) timer.current = setTimeout(flush, WHAT_IF_INTERVAL_MS);
  }, [enabled, request, requestKey, brand, year, includePlanned, scenario, flush]);

  // leaving the map (or switching the layer off) drops a pending request
  useEffect(
    () => () => {
      if (timer.current !== null) clearTimeout(timer.current);
      inflight.current?.abort();
    },
    [],
  );

  const addPoint = useCallback(
    (lat: number, lng: number) => {
      const k = nextKey.current++;
      setChange((c) => ({ ...c, points: [...c.points, { key: k, name: t("pointName", { n: k }), lat, lng }] }));
    },
    [t],
  );
  const movePoint = useCallback((k: number, lat: number, lng: number) => {
    setChange((c) => ({ ...c, points: c.points.map((p) => (p.key === k ? { ...p, lat, lng } : p)) }));
  }, []);
  const removePoint = useCallback((k: number) => setChange((c) => ({ ...c, points: c.points.filter((p) => p.key !== k) })), []);
  const moveDealer = useCallback((id: number, lat: number, lng: number) => {
    setChange((c) => ({ ...c, move: [...c.move.filter((m) => m.id !== id), { id, lat, lng }] }));
  }, []);
  const toggleDealer = useCallback((id: number) => {
    setChange((c) => ({ ...c, remove: c.remove.includes(id) ? c.remove.filter((x) => x !== id) : [...c.remove, id] }));
  }, []);
  const addBeside = useCallback(
    (id: number) => {
      const d = answer?.dealers.find((x) => x.id === id);
      if (d) addPoint(d.lat, d.lng + BESIDE_DEG_LNG);
    },
    [answer, addPoint],
  );
  const clear = useCallback(() => {
    setChange(EMPTY);
    setWhatIf(null);
  }, []);

  return {
    answer,
    error,
    change,
    // an answer for an older change is kept on screen while the next one is asked (no flicker while dragging)
    whatIf: request ? (whatIf?.data ?? null) : null,
    current: request !== null && whatIf?.key === requestKey,
    busy,
    addPoint, movePoint, removePoint, moveDealer, toggleDealer, addBeside, clear,
  };
}

export type MarketState = ReturnType<typeof useMarket>;
