import type { GapLabel, FocusPopup } from "@/components/map";
import type { CityCoverage } from "@/lib/coverage/types";
import { formatInt, formatTravel } from "@/lib/format";
import type { DistrictGap } from "@/lib/planning/districts";
import type { Locale } from "@/lib/i18n/locales";

/** How many of the largest district gaps carry a label on the map. */
export const LABELLED_GAPS = 5;

/**
 * Map labels for the top district gaps: each at the gap's largest uncovered place, so the label sits
 * where the vehicles are (a district's rest sits at the district's label point).
 */
export function gapLabelsOf(gaps: readonly DistrictGap[], cities: readonly CityCoverage[]): GapLabel[] {
  const byId = new Map(cities.map((c) => [c.id, c]));
  return gaps.slice(0, LABELLED_GAPS).flatMap((g, i) => {
    const top = g.places[0];
    const c = top ? byId.get(top.id) : undefined;
    return c ? [{ rank: i + 1, cityId: c.id, name: c.name, lat: c.lat, lng: c.lng, uncoveredVehicles: c.uncoveredVehicles }] : [];
  });
}

/** The popup's sentences in the reader's language (the caller's catalogue), numbers already formatted. */
export interface GapFocusWords {
  title: (district: string) => string;
  uncovered: (vehicles: string, region: string) => string;
  largest: (place: string, vehicles: string, drive: string) => string;
  unreachable: string;
  driveRoad: (site: string, time: string, km: string) => string;
  driveStraight: (site: string, km: string) => string;
}

/** Where a clicked district gap flies to (its largest uncovered place) and the popup it opens there. */
export function gapFocusOf(
  gap: DistrictGap,
  cities: readonly CityCoverage[],
  unit: "minutes" | "km",
  fallback: { lat: number; lng: number } | null,
  words: GapFocusWords,
  locale: Locale,
): { lat: number; lng: number; popup: FocusPopup } | null {
  const top = gap.places[0] ? cities.find((x) => x.id === gap.places[0].id) : undefined;
  const at = top ?? fallback;
  if (!at) return null;
  const lines = [words.uncovered(formatInt(gap.uncoveredVehicles, locale), gap.region)];
  if (top) {
    const site = top.nearestSiteName ?? "";
    const km = formatInt(top.km ?? 0, locale);
    const drive =
      top.travel === null
        ? words.unreachable
        : unit === "minutes"
          ? words.driveRoad(site, formatTravel(top.travel, "minutes", locale), km)
          : words.driveStraight(site, km);
    lines.push(words.largest(top.name, formatInt(top.uncoveredVehicles, locale), drive));
  }
  return { lat: at.lat, lng: at.lng, popup: { title: words.title(gap.name), lines } };
}
