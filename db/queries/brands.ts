import { asc, eq, or } from "drizzle-orm";
import type { Db } from "../connection";
import { brands, type Brand } from "../schema";

/** Every brand, grouped by manufacturer then name. */
export function listBrands(db: Db): Brand[] {
  return db.select().from(brands).orderBy(asc(brands.manufacturer), asc(brands.name)).all();
}

export interface BrandSelection {
  slug: string;
  label: string;
  brands: Brand[];
}

/**
 * Resolves a brand slug ("haval") or a manufacturer group slug ("great-wall": Haval, Tank, Wey)
 * to the brands it covers; null when nothing matches. A brand slug wins over a group slug.
 */
export function resolveBrandSelection(db: Db, slug: string): BrandSelection | null {
  const rows = db.select().from(brands).where(or(eq(brands.slug, slug), eq(brands.manufacturerSlug, slug))).all();
  const exact = rows.find((b) => b.slug === slug);
  if (exact) return { slug, label: exact.name, brands: [exact] };
  if (rows.length === 0) return null;
  return { slug, label: `${rows[0].manufacturer} (all brands)`, brands: rows };
}

/** Brand ids of a brand or manufacturer-group slug (as resolveBrandSelection); null when the slug names nothing. */
export function brandIdsForSlug(db: Db, slug: string): number[] | null {
  return resolveBrandSelection(db, slug)?.brands.map((b) => b.id) ?? null;
}
