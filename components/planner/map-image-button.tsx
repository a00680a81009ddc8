"use client";
import { useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import type { MapImageContent } from "@/components/map";

type Render = (content: MapImageContent) => Promise<Blob>;

const LEGEND_KINDS = ["site-open", "site-planned", "site-building", "city-covered", "city-gap", "gap-label", "road"] as const;

/** "Download map image": a PNG of the current view with title and legend, for slides. */
export function MapImageButton({ render, content, fileName }: { render: Render | null; content: () => Omit<MapImageContent, "legend" | "legendTitle" | "locale">; fileName: string }) {
  const t = useTranslations("planner");
  const locale = useLocale() as MapImageContent["locale"];
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
            const legend = LEGEND_KINDS.map((kind) => ({ kind, label: t(`imageLegend.${kind}`) }));
            const blob = await render({ ...content(), legend, legendTitle: t("legend.title"), locale });
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
        {busy ? t("imageDrawing") : t("imageDownload")}
      </button>
      {error ? <span className="field-error" role="alert">{error}</span> : null}
    </>
  );
}
