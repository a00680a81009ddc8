"use client";
import { useState } from "react";
import type { MapImageContent } from "@/components/map";

type Render = (content: MapImageContent) => Promise<Blob>;

const LEGEND: MapImageContent["legend"] = [
  { kind: "site-open", label: "open service site" },
  { kind: "site-planned", label: "planned opening" },
  { kind: "site-building", label: "under construction" },
  { kind: "city-covered", label: "city covered (size = vehicles)" },
  { kind: "city-gap", label: "city not covered: a gap" },
  { kind: "gap-label", label: "largest gaps: rank, uncovered vehicles" },
  { kind: "road", label: "highway" },
];

/** "Download map image": a PNG of the current view with title and legend, for slides. */
export function MapImageButton({ render, content, fileName }: { render: Render | null; content: () => Omit<MapImageContent, "legend">; fileName: string }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        className="secondary"
        disabled={!render || busy}
        onClick={async () => {
          if (!render) return;
          setBusy(true);
          setError(null);
          try {
            const blob = await render({ ...content(), legend: LEGEND });
            const url = URL.createObjectURL(blob);
            const a = document.createElement("a");
            a.href = url;
            a.download = fileName;
            document.body.append(a);
            a.click();
            a.remove();
            setTimeout(() => URL.revokeObjectURL(url), 10_000);
          } catch (e) {
            setError((e as Error).message);
          } finally {
            setBusy(false);
          }
        }}
      >
        {busy ? "Drawing…" : "Download map image (PNG)"}
      </button>
      {error ? <span className="field-error" role="alert">{error}</span> : null}
    </>
  );
}
