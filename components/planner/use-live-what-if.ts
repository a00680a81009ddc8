"use client";
import { useCallback, useMemo, useRef, useState } from "react";
import { CoverageWhatIf, DEFAULT_VEHICLES_PER_BAY_TARGET, type CoverageResult } from "@/lib/coverage";
import { nationalRoadGraph } from "@/lib/roads/national";
import type { MapCoverage } from "@/lib/planning/coverage-columns";

export interface LiveResult {
  result: CoverageResult;
  ms: number;
}

/**
 * Live coverage while a site is dragged: the same engine as the server (lib/coverage), run in the
 * browser on the horizon's inputs, re-evaluating only the moved site's column.
 */
export function useLiveWhatIf(coverage: MapCoverage | null, vehiclesPerBayTarget = DEFAULT_VEHICLES_PER_BAY_TARGET) {
  const [live, setLive] = useState<LiveResult | null>(null);
  const engine = useRef<{ source: MapCoverage; engine: CoverageWhatIf } | null>(null);
  const frame = useRef<number | null>(null);

  // the national network is data of its own (lib/roads/national.ts), the same the server measures on
  const graph = useMemo(() => (coverage ? nationalRoadGraph() : null), [coverage]);

  const engineFor = useCallback(() => {
    if (!coverage || !graph) return null;
    // one engine per server answer: a new coverage response means new sites or parameters
    if (engine.current?.source !== coverage) {
      engine.current = {
        source: coverage,
        engine: new CoverageWhatIf({
          demand: coverage.inputs.demand,
          sites: coverage.inputs.sites,
          mode: coverage.mode,
          threshold: coverage.threshold,
          graph,
          vehiclesPerBayTarget,
        }),
      };
    }
    return engine.current.engine;
  }, [coverage, graph, vehiclesPerBayTarget]);

  const drag = useCallback(
    (siteId: number, lat: number, lng: number) => {
      const index = coverage?.inputs.sites.findIndex((s) => s.id === siteId) ?? -1;
      if (index < 0) return; // not part of this horizon: it changes nothing
      if (frame.current !== null) cancelAnimationFrame(frame.current);
      frame.current = requestAnimationFrame(() => {
        const e = engineFor();
        if (!e) return;
        const t0 = performance.now();
        const result = e.moveSite(index, lat, lng);
        setLive({ result, ms: performance.now() - t0 });
      });
    },
    [coverage, engineFor],
  );

  // after a drop the server's answer replaces the live figures; the engine is rebuilt from it
  const reset = useCallback(() => {
    if (frame.current !== null) cancelAnimationFrame(frame.current);
    engine.current = null;
    setLive(null);
  }, []);

  return { live, drag, reset, graph };
}
