import { AppError } from "@/lib/errors";
import type { CoverageReport } from "@/lib/planning/coverage-report";
import { districtRestId } from "@/lib/planning/demand";
import { salesByDemandPoint } from "@/lib/report/sales-by-demand";
import type { Db } from "../../connection";
import { cities } from "../../schema";
import { getMarket } from "../market";

/**
 * The coverage report's sales section: the sales model for the report's brand and year, from the same
 * function as GET /api/market (so the numbers are the API's), or null when that year has no sales
 * figures. Planned openings count as in the report (the model takes every planned site).
 */
export function reportMarket(db: Db, report: Pick<CoverageReport, "brand" | "year" | "query">) {
  try {
    return getMarket(db, { brand: report.brand.slug, year: report.year, includePlanned: report.query.includePlanned });
  } catch (error) {
    // a year without sales (an imported vehicle park for a later year) leaves the section out
    if (error instanceof AppError && error.code === "invalid_field") return null;
    throw error;
  }
}

/** The market's places folded onto the report's demand points, for the CSV's sales columns. */
export function reportSalesByDemandPoint(db: Db, report: Pick<CoverageReport, "inputs">, market: ReturnType<typeof getMarket> | null) {
  if (!market) return null;
  const keys = new Map(
    db.select({ id: cities.id, slug: cities.slug, districtKato: cities.districtKato }).from(cities).all().map((c) => [c.id, { slug: c.slug, districtKato: c.districtKato }]),
  );
  return salesByDemandPoint(
    market.places.map((p) => ({ placeId: p.id, potential: p.potential, captured: p.captured })),
    keys,
    new Set(report.inputs.demand.map((d) => d.id)),
    districtRestId,
  );
}
