"use client";
// recharts is the report's largest library: load it after the page, not with it. The placeholder
// keeps the chart's height so the tables below do not jump when it arrives.
import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";

const placeholder = (height: number) =>
  function ChartLoading() {
    const t = useTranslations("report");
    return <p className="muted report-chart" style={{ minHeight: height }}>{t("chart.loading")}</p>;
  };

export const RegionShareChart = dynamic(() => import("./report-charts").then((m) => m.RegionShareChart), {
  ssr: false,
  loading: placeholder(300),
});

export const TimelineChart = dynamic(() => import("./report-charts").then((m) => m.TimelineChart), {
  ssr: false,
  loading: placeholder(260),
});
