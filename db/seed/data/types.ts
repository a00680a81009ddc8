/**
 * Shapes of the seed arrays. They mirror db/schema.ts but reference other rows by slug,
 * because ids only exist once the loader (db/seed/seed.ts) has inserted the parents.
 */

import type { DealershipStatus } from "@/lib/network/statuses";
import type { BRAND_SEGMENTS, REGION_KINDS } from "../../schema";

export type RegionKind = (typeof REGION_KINDS)[number];
export type BrandSegment = (typeof BRAND_SEGMENTS)[number];
export type { DealershipStatus };

/** One of the 17 regions or 3 cities of republican significance (2022 reform). */
export interface RegionSeed {
  slug: string;
  nameEn: string;
  nameRu: string;
  kind: RegionKind;
  /** English name of the administrative centre; always the nameEn of a CITIES row. */
  centre: string;
}

export interface CitySeed {
  slug: string;
  nameEn: string;
  nameRu: string;
  regionSlug: string;
  lat: number;
  lng: number;
  population: number;
  populationYear: number;
  /** true when the population is our estimate, not a published figure (source says why). */
  populationIsEstimate: boolean;
  source: string;
}

export interface BrandSeed {
  slug: string;
  name: string;
  manufacturer: string;
  manufacturerSlug: string;
  segment: BrandSegment;
  source: string;
  /** a rival brand, modelled for the sales model only (kept out of after-sales pickers); default false */
  competitor?: boolean;
  /** throughput standard: new cars one outlet should sell per year; default 300 (the column default) */
  targetSalesPerOutlet?: number;
}

export interface DealershipSeed {
  brandSlug: string;
  name: string;
  citySlug: string;
  lat: number;
  lng: number;
  address: string | null;
  status: DealershipStatus;
  sales: boolean;
  service: boolean;
  parts: boolean;
  serviceBays: number;
  /** ISO date YYYY-MM-DD; set for open and closed sites. */
  openedOn: string | null;
  /** "2025-Q3"; set for planned and under-construction sites. */
  plannedQuarter: string | null;
  notes: string | null;
  source: string;
}

/** Vehicles in operation (VIO) of one brand in one city at the end of a year. */
export interface VehicleParkSeed {
  citySlug: string;
  brandSlug: string;
  year: number;
  vehicles: number;
  isEstimate: boolean;
  source: string;
}

/** New-car registrations (sales) of one brand at one place in one year. */
export interface SalesSeed {
  citySlug: string;
  brandSlug: string;
  year: number;
  vehicles: number;
  isEstimate: boolean;
  source: string;
}

/** National vehicles in operation of one brand at the end of a year: the input the city rows are split from. */
export interface BrandParkTotal {
  brandSlug: string;
  year: number;
  vehicles: number;
  isEstimate: boolean;
  source: string;
}
