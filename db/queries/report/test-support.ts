// Shared by the report's tests: a seeded database with planned openings in several quarters.
import { listCities } from "@/db/queries/cities";
import { createDealership } from "@/db/queries/dealerships";
import { createTestDb } from "@/db/test-db";
import { coverageQuerySchema } from "@/lib/validation/coverage-query";
import { systemContext } from "@/lib/request-context";

const TEST_CTX = systemContext("test");

/** A coverage query from URL-style strings (Great Wall group, 120 min by road unless overridden). */
export const reportQuery = (over: Record<string, string | undefined> = {}) =>
  coverageQuerySchema.parse({ brand: "great-wall", threshold: "120", ...over });

/**
 * The seed plus Haval openings in today's gap cities, in three quarters (one under construction),
 * so the timeline has several steps that each add coverage.
 */
export function dbWithPlannedOpenings() {
  const db = createTestDb();
  const city = new Map(listCities(db).map((c) => [c.slug, c]));
  const add = (slug: string, quarter: string, status: "planned" | "under_construction" = "planned") => {
    const c = city.get(slug)!;
    return createDealership(db, TEST_CTX, {
      brand: "haval", name: `Haval ${c.nameEn} (test)`, city: slug, lat: c.lat, lng: c.lng, status,
      sales: true, service: true, parts: true, serviceBays: 4, plannedQuarter: quarter,
    });
  };
  const sites = [add("zhezkazgan", "2026-Q2"), add("kyzylorda", "2026-Q4", "under_construction"), add("aktau", "2027-Q1")];
  return { db, sites };
}
