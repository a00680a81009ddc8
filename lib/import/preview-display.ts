import type { DealershipRowPreview, RowChange, VehicleParkRowPreview } from "./preview";

/** Rows shown in a preview: enough to check a file by eye without sending megabytes back. */
export const PREVIEW_ROW_LIMIT = 500;

export interface PreviewRowDisplay {
  at: string;
  change: RowChange;
  label: string;
  detail: string;
}

const fmt = new Intl.NumberFormat("en-US");
const ORDER: Record<RowChange, number> = { new: 0, updated: 1, unchanged: 2 };

// changes first (new, updated), then unchanged, each in file order
function firstRows<T extends { change: RowChange }>(rows: readonly T[]): T[] {
  return rows
    .map((r, i) => ({ r, i }))
    .sort((a, b) => ORDER[a.r.change] - ORDER[b.r.change] || a.i - b.i)
    .slice(0, PREVIEW_ROW_LIMIT)
    .map((x) => x.r);
}

/** Vehicle-park preview rows for display: "Almaty · Haval · 2025" and "1,200 → 1,350". */
export function vehicleParkPreviewDisplay(rows: readonly VehicleParkRowPreview[]): PreviewRowDisplay[] {
  return firstRows(rows).map((r) => ({
    at: `line ${r.line}`,
    change: r.change,
    label: `${r.cityName} · ${r.brandName} · ${r.year}`,
    detail: r.before === null ? `new: ${fmt.format(r.vehicles)}` : r.change === "unchanged" ? fmt.format(r.vehicles) : `${fmt.format(r.before)} → ${fmt.format(r.vehicles)}`,
  }));
}

/** Dealership preview rows for display: the site and the fields that change. */
export function dealershipPreviewDisplay(rows: readonly DealershipRowPreview[]): PreviewRowDisplay[] {
  return firstRows(rows).map((r) => ({
    at: r.line !== undefined ? `line ${r.line}` : `feature ${r.feature}`,
    change: r.change,
    label: `${r.input.name} · ${r.brandName} · ${r.cityName}`,
    detail: r.change === "new" ? `new ${r.input.status.replace("_", " ")} site` : r.change === "updated" ? `changes ${r.changedFields.join(", ")}` : "same as stored",
  }));
}
