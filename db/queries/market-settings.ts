import { eq } from "drizzle-orm";
import { AppError } from "@/lib/errors";
import { requireRole, type RequestContext } from "@/lib/request-context";
import { brandMarketSettingsSchema, dealershipAttractivenessSchema } from "@/lib/validation/market-settings";
import { parseOrThrow } from "@/lib/validation/zod-errors";
import { IMMEDIATE, type Db } from "../connection";
import { brands, dealerships } from "../schema";
import { writeAudit } from "./audit";
import { getDealership } from "./dealerships";

/** Each brand's sales-model settings, for the planning-settings table (our brands first, then competitors). */
export function listBrandMarketSettings(db: Db) {
  return db
    .select({
      id: brands.id, slug: brands.slug, name: brands.name, manufacturer: brands.manufacturer, segment: brands.segment,
      competitor: brands.competitor, targetSalesPerOutlet: brands.targetSalesPerOutlet, strength: brands.strength,
    })
    .from(brands)
    .orderBy(brands.competitor, brands.manufacturer, brands.name)
    .all();
}

/** Sets a brand's throughput standard and strength override, with an audit entry, in one transaction. */
export function setBrandMarketSettings(db: Db, ctx: RequestContext, input: unknown) {
  requireRole(ctx, "planner");
  const data = parseOrThrow(brandMarketSettingsSchema, input, "brand settings");
  return db.transaction((tx) => {
    const before = tx.select().from(brands).where(eq(brands.slug, data.brand)).get();
    if (!before) throw new AppError("invalid_field", { params: { detail: `Unknown brand "${data.brand}"` }, fields: { brand: [`Unknown brand "${data.brand}"`] } });
    const value = (b: { targetSalesPerOutlet: number; strength: number | null }) => ({
      brand: data.brand, targetSalesPerOutlet: b.targetSalesPerOutlet, strength: b.strength,
    });
    if (before.targetSalesPerOutlet === data.targetSalesPerOutlet && before.strength === data.strength) return { change: "unchanged" as const, ...value(before) };
    tx.update(brands).set({ targetSalesPerOutlet: data.targetSalesPerOutlet, strength: data.strength }).where(eq(brands.id, before.id)).run();
    writeAudit(tx, ctx, { entity: "brand", entityId: before.id, action: "update", before: value(before), after: value(data) });
    return { change: "updated" as const, ...value(data) };
  }, IMMEDIATE);
}

/** Sets one site's attractiveness (showroom class or size) with its audit entry, in one transaction. */
export function setDealershipAttractiveness(db: Db, ctx: RequestContext, input: unknown) {
  requireRole(ctx, "planner");
  const data = parseOrThrow(dealershipAttractivenessSchema, input, "attractiveness");
  return db.transaction((tx) => {
    const before = getDealership(tx, data.id);
    const stored = tx.select({ a: dealerships.attractiveness }).from(dealerships).where(eq(dealerships.id, data.id)).get()!.a;
    if (stored === data.attractiveness) return { change: "unchanged" as const, id: data.id, attractiveness: stored };
    tx.update(dealerships).set({ attractiveness: data.attractiveness, updatedAt: new Date().toISOString() }).where(eq(dealerships.id, data.id)).run();
    writeAudit(tx, ctx, {
      entity: "dealership", entityId: data.id, action: "update",
      before: { ...before, attractiveness: stored }, after: { ...getDealership(tx, data.id), attractiveness: data.attractiveness },
    });
    return { change: "updated" as const, id: data.id, attractiveness: data.attractiveness };
  }, IMMEDIATE);
}

/** Every site's attractiveness (showroom class or size), by dealership id. */
export function attractivenessById(db: Db): Map<number, number> {
  return new Map(db.select({ id: dealerships.id, a: dealerships.attractiveness }).from(dealerships).all().map((r) => [r.id, r.a]));
}
