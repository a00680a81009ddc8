// One set of formatters for every view, so the map sidebar, the report and the API-driven
// tables print the same number the same way.
const intFmt = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });

/** "12,345 vehicles"-style integer with thousands separators. */
export function formatInt(n: number | null | undefined): string {
  return n === null || n === undefined || !Number.isFinite(n) ? "–" : intFmt.format(Math.round(n));
}

/** A 0..1 share as a percentage with one decimal: "83.4 %". */
export function formatShare(share: number | null | undefined): string {
  return share === null || share === undefined || !Number.isFinite(share) ? "–" : `${(share * 100).toFixed(1)} %`;
}

/** A signed change of a share in percentage points: "+2.3 pp". */
export function formatShareDelta(delta: number | null | undefined): string {
  if (delta === null || delta === undefined || !Number.isFinite(delta)) return "–";
  const pp = delta * 100;
  return `${pp >= 0 ? "+" : "−"}${Math.abs(pp).toFixed(1)} pp`;
}

/** A signed integer change: "+1,234". */
export function formatIntDelta(delta: number | null | undefined): string {
  if (delta === null || delta === undefined || !Number.isFinite(delta)) return "–";
  return `${delta >= 0 ? "+" : "−"}${intFmt.format(Math.abs(Math.round(delta)))}`;
}

/** Travel in the view's unit: minutes as "2 h 05 min" (or "45 min"), km as "312 km". */
export function formatTravel(value: number | null | undefined, unit: "minutes" | "km"): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "no site";
  if (unit === "km") return `${intFmt.format(Math.round(value))} km`;
  const total = Math.round(value);
  if (total < 60) return `${total} min`;
  return `${Math.floor(total / 60)} h ${String(total % 60).padStart(2, "0")} min`;
}
