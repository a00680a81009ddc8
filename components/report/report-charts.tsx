"use client";
import { Bar, BarChart, CartesianGrid, LabelList, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import { useLocale, useTranslations } from "next-intl";
import { formatShare } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";

export interface RegionShareDatum {
  region: string;
  /** 0..1 */
  share: number;
  vehicles: number;
}

export interface TimelineDatum {
  label: string;
  /** 0..1 */
  share: number;
}

const pct = (share: number) => Math.round(share * 1000) / 10;
// recharts wraps label text at spaces: keep "97.3 %" on one line
const label = (share: number, locale: Locale) => formatShare(share, locale).replace(" ", "\u00a0");
const axisPct = (v: number) => `${v}%`;

/** Covered share per region as horizontal bars, each labelled with its value so it reads in black and white. */
export function RegionShareChart({ regions }: { regions: RegionShareDatum[] }) {
  const t = useTranslations("report");
  const locale = useLocale() as Locale;
  const data = regions.map((r) => ({ region: r.region, pct: pct(r.share), label: label(r.share, locale) }));
  // the axis holds the longest region name on one line where it can ("Солтүстік Қазақстан облысы":
  // about 9.5 px a character at 12 px); past 300 px recharts wraps at spaces, and every word still fits
  const longest = Math.max(0, ...data.map((d) => d.region.length));
  const axisWidth = Math.min(300, Math.max(170, Math.ceil(longest * 9.5) + 12));
  return (
    <figure className="report-chart" aria-label={t("chart.regions")}>
      <figcaption>{t("chart.regions")}</figcaption>
      <BarChart
        responsive
        style={{ width: "100%", height: 28 * data.length + 50 }}
        data={data}
        layout="vertical"
        margin={{ top: 5, right: 56, bottom: 5, left: 5 }}
      >
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} tickFormatter={axisPct} />
        <YAxis type="category" dataKey="region" width={axisWidth} interval={0} tick={{ fontSize: 12 }} />
        <Tooltip formatter={(v) => [axisPct(Number(v)), t("chart.covered")]} />
        {/* minPointSize: a 0 % region still gets a sliver, and with it its "0.0 %" label */}
        <Bar dataKey="pct" fill="#2e86c1" isAnimationActive={false} barSize={16} minPointSize={2}>
          <LabelList dataKey="label" position="right" fontSize={12} fill="#1d2733" />
        </Bar>
      </BarChart>
    </figure>
  );
}

/** Covered share after each quarter's openings as a step line, each point labelled with its share. */
export function TimelineChart({ steps }: { steps: TimelineDatum[] }) {
  const t = useTranslations("report");
  const locale = useLocale() as Locale;
  const data = steps.map((s) => ({ label: s.label, pct: pct(s.share), text: label(s.share, locale) }));
  // zoom to the data's range: a few points of change vanish on a 0-100 axis
  const low = Math.max(0, Math.floor((Math.min(...data.map((d) => d.pct)) - 5) / 5) * 5);
  const step = 100 - low > 50 ? 20 : 100 - low > 20 ? 10 : 5;
  const ticks = Array.from({ length: Math.floor((100 - low) / step) + 1 }, (_, i) => low + i * step);
  return (
    <figure className="report-chart" aria-label={t("chart.timelineLabel")}>
      <figcaption>{t("chart.timeline")}</figcaption>
      <LineChart responsive style={{ width: "100%", height: 260 }} data={data} margin={{ top: 28, right: 40, bottom: 5, left: 5 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="label" interval={0} tick={{ fontSize: 12 }} padding={{ left: 30, right: 30 }} />
        <YAxis domain={[low, 100]} ticks={ticks} tickFormatter={axisPct} width={48} />
        <Tooltip formatter={(v) => [axisPct(Number(v)), t("chart.covered")]} />
        <Line type="stepAfter" dataKey="pct" stroke="#0b5cad" strokeWidth={2.5} dot={{ r: 4 }} isAnimationActive={false}>
          <LabelList dataKey="text" position="top" fontSize={12} fill="#1d2733" />
        </Line>
      </LineChart>
    </figure>
  );
}
