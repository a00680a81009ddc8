import type { BrandParkTotal } from "./types";

/**
 * National vehicles in operation (VIO) per brand at the end of 2023, 2024 and 2025.
 *
 * Derivation: park(Y) = park at the end of 2022 + new sales of 2023..Y. No scrappage is taken off:
 * these brands are young in Kazakhstan (most entered in 2019-2023; JAC in 2013), and <3-year-old cars
 * are only 6.2 % of the fleet (baimedia.kz, May 2024), so hardly any of them has been retired yet.
 *
 * Only GWM's 2023 sales (8,824) are a published brand figure; everything else is an ESTIMATE, kept
 * consistent with these facts (each is checked in data.test.ts):
 * - GWM: 8,824 sold in 2023 (carzxzc.com/industry/8670.html, INDUSTRY) = Haval + Tank + Wey below.
 * - Chery: 12,000+ sold "in the first two years" with Astana Motors and "number one Chinese brand"
 *   (astana-motors.kz, c. 2023-24), so park >= 12,000 by end-2023 and 2023-24 sales above GWM's.
 * - Li Auto: "over 1,000 vehicles" in mid-2024 (carzxzc.com).
 * - Yutong: "over 5,000 buses sold by 2023" (carzxzc.com), park counted the same as sales.
 * - Market: 198,600 / 205,100 / 234,900 new vehicles sold in 2023 / 2024 / 2025 (KAU, Ministry of
 *   Industry) and Chinese brands = 39 % of the 2025 market (Autostat via auto.rambler.ru). The modelled
 *   passenger brands sell 24 % / 28 % / 34 % of the market: rising, and in 2025 leaving ~5 points for
 *   Chinese brands not modelled here (Jaecoo, Kaiyi, Dongfeng, GAC...).
 * - JAC: >10,000 built in H1 2023 (english.anhuinews.com), but that is output incl. trucks and exports;
 *   its sales are set below Chery's, which claims first place.
 * - Jetour: output 2,293 in Jan-Feb 2024 (KAU via dasfazit.at), ~14k a year annualised, some exported.
 */

/** Market size used to sanity-check the sales estimates (new vehicles sold; KAU / Ministry of Industry). */
export const NEW_VEHICLE_SALES: Record<number, number> = { 2023: 198600, 2024: 205100, 2025: 234900 };
/** Chinese brands' share of the 2025 market (Autostat's S. Tselikov via auto.rambler.ru, 10 Mar 2026). */
export const CHINESE_SHARE_2025 = 0.39;

export const PARK_YEARS = [2023, 2024, 2025] as const;

interface ParkInput {
  brandSlug: string;
  parkEnd2022: number;
  sales: Record<(typeof PARK_YEARS)[number], number>;
  basis: string;
}

export const BRAND_PARK_INPUTS: ParkInput[] = [
  {
    brandSlug: "haval",
    parkEnd2022: 7600,
    sales: { 2023: 7900, 2024: 8800, 2025: 13000 },
    basis: "2023 sales = GWM's sourced 8,824 minus Tank 820 and Wey 104 (split ESTIMATE); 2025 lifted by AMMKZ local assembly and 7-15 % price cuts from Sept 2025 (motoram.ru)",
  },
  {
    brandSlug: "tank",
    parkEnd2022: 300,
    sales: { 2023: 820, 2024: 1200, 2025: 2400 },
    basis: "ESTIMATE share of GWM's 8,824 (2023); growing with standalone Tank showrooms",
  },
  {
    brandSlug: "wey",
    parkEnd2022: 150,
    sales: { 2023: 104, 2024: 100, 2025: 150 },
    basis: "ESTIMATE: small remainder of GWM's 8,824 (2023)",
  },
  {
    brandSlug: "chery",
    parkEnd2022: 5000,
    sales: { 2023: 9000, 2024: 10500, 2025: 12000 },
    basis: "ESTIMATE: >12,000 in the first two years with Astana Motors (4,000 in 2022 + 9,000 in 2023) and above GWM's 8,824 in 2023 as 'number one Chinese brand'",
  },
  {
    brandSlug: "omoda",
    parkEnd2022: 0,
    sales: { 2023: 2400, 2024: 3600, 2025: 5500 },
    basis: "ESTIMATE: brand launched in 2023; no Kazakhstan figure found",
  },
  {
    brandSlug: "jetour",
    parkEnd2022: 300,
    sales: { 2023: 6000, 2024: 9500, 2025: 13000 },
    basis: "ESTIMATE: Allur-assembled; output 2,293 in Jan-Feb 2024 (~14k a year, part exported)",
  },
  {
    brandSlug: "exeed",
    parkEnd2022: 1800,
    sales: { 2023: 3200, 2024: 3300, 2025: 4300 },
    basis: "ESTIMATE: named a top-selling brand in May 2023 (inform.kz); premium volumes",
  },
  {
    brandSlug: "changan",
    parkEnd2022: 1500,
    sales: { 2023: 4000, 2024: 4800, 2025: 7500 },
    basis: "ESTIMATE: sales NOT FOUND; 2025 lifted by AMMKZ local assembly (Sept 2025)",
  },
  {
    brandSlug: "geely",
    parkEnd2022: 3000,
    sales: { 2023: 4000, 2024: 4500, 2025: 6500 },
    basis: "ESTIMATE: sales NOT FOUND",
  },
  {
    brandSlug: "zeekr",
    parkEnd2022: 0,
    sales: { 2023: 600, 2024: 800, 2025: 1600 },
    basis: "ESTIMATE: part of the 12,119 electric cars registered at 1 Dec 2024 (Sputnik KZ/BNS)",
  },
  {
    brandSlug: "jac",
    parkEnd2022: 26000,
    sales: { 2023: 7000, 2024: 7500, 2025: 8000 },
    basis: "ESTIMATE: in Kazakhstan since 2013 (Allur); H1 2023 output >10,000 includes trucks and exports, sales set below Chery's",
  },
  {
    brandSlug: "li-auto",
    parkEnd2022: 300,
    sales: { 2023: 800, 2024: 800, 2025: 1300 },
    basis: "ESTIMATE: 'over 1,000 vehicles in Kazakhstan' in mid-2024 (carzxzc.com/industry/8670.html)",
  },
  {
    brandSlug: "byd",
    parkEnd2022: 300,
    sales: { 2023: 1200, 2024: 1600, 2025: 3200 },
    basis: "ESTIMATE: with Zeekr, a minority of the 12,119 electric cars at 1 Dec 2024 (Sputnik KZ/BNS; BYD PHEVs are not EVs)",
  },
  {
    brandSlug: "hongqi",
    parkEnd2022: 400,
    sales: { 2023: 800, 2024: 900, 2025: 1300 },
    basis: "ESTIMATE: Allur-assembled premium brand; no sales figure found",
  },
  {
    brandSlug: "yutong",
    parkEnd2022: 4800,
    sales: { 2023: 400, 2024: 450, 2025: 500 },
    basis: "ESTIMATE: 'over 5,000 buses sold by 2023', 200+ of them new-energy buses in 2023 (carzxzc.com/industry/8670.html); buses in service counted as cumulative sales",
  },
];

/** Cumulative park per year from an input row. */
export function parkTotals(input: ParkInput): BrandParkTotal[] {
  let park = input.parkEnd2022;
  return PARK_YEARS.map((year) => {
    park += input.sales[year];
    return {
      brandSlug: input.brandSlug,
      year,
      vehicles: park,
      isEstimate: true,
      source: `ESTIMATE (derived): end-${year} park = end-2022 park ${input.parkEnd2022} + sales 2023..${year} (${PARK_YEARS.filter((y) => y <= year)
        .map((y) => input.sales[y])
        .join(" + ")}), no scrappage. Basis: ${input.basis}. See db/seed/data/brand-park-totals.ts`,
    };
  });
}

export const BRAND_PARK_TOTALS: BrandParkTotal[] = BRAND_PARK_INPUTS.flatMap(parkTotals);
