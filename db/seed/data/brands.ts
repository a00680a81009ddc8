import type { BrandSeed } from "./types";

// Facts quoted below come from the shared fact sheets (docs/domain.md, data/kz-vehicles.md §2-3),
// copied here with their original pages so the seed stands on its own.
const GWM_FACT =
  'Great Wall Motor sold 8,824 vehicles in Kazakhstan in 2023 and has "28 dealerships covering 20 major cities" (China Daily reprint, carzxzc.com/industry/8670.html, mid-2024, INDUSTRY)';
const CHERY_FACT =
  'Chery: "more than 12,000 sold in the first two years" with distributor Astana Motors, "number one Chinese brand in Kazakhstan" (astana-motors.kz/en/news/...-436, c. 2023-24, INDUSTRY self-reported)';
const ALLUR_FACT =
  "Allur / SaryarkaAvtoProm (Kostanay) assembles JAC, Kia, Chevrolet, Jetour, Hongqi, Skoda (english.anhuinews.com 2023-07-25; inform.kz)";
const AMMKZ_FACT =
  "Astana Motors Manufacturing Kazakhstan (Almaty) builds Chery, Haval/GWM and Changan since Sept 2025 (astanatimes.com 2022/11; motoram.ru 2025/09/16)";

export const BRANDS: BrandSeed[] = [
  // Great Wall Motor: one group, three brands; the article's figures are group-level
  {
    slug: "haval",
    name: "Haval",
    manufacturer: "Great Wall Motor",
    manufacturerSlug: "great-wall",
    segment: "passenger",
    source: `${GWM_FACT}; ${AMMKZ_FACT}`,
  },
  {
    slug: "tank",
    name: "Tank",
    manufacturer: "Great Wall Motor",
    manufacturerSlug: "great-wall",
    segment: "passenger",
    source: `GWM brand (Tank named among AMMKZ brands, kz-vehicles.md §3); ${GWM_FACT}`,
  },
  {
    slug: "wey",
    name: "Wey",
    manufacturer: "Great Wall Motor",
    manufacturerSlug: "great-wall",
    segment: "passenger",
    source: `GWM premium brand; no Kazakhstan-specific figure found, presence ILLUSTRATIVE; ${GWM_FACT}`,
  },
  // Chery group: "chery" is both a brand slug and the group slug (the loader resolves brand first)
  {
    slug: "chery",
    name: "Chery",
    manufacturer: "Chery",
    manufacturerSlug: "chery",
    segment: "passenger",
    source: `${CHERY_FACT}; Tiggo 7 Pro in the H1 2023 top 10 (astanatimes.com 2023/07)`,
  },
  {
    slug: "omoda",
    name: "Omoda",
    manufacturer: "Chery",
    manufacturerSlug: "chery",
    segment: "passenger",
    source: "Chery group brand (with Jaecoo, Exeed, Jetour: docs/domain.md users list); Kazakhstan figures not found",
  },
  {
    slug: "jetour",
    name: "Jetour",
    manufacturer: "Chery",
    manufacturerSlug: "chery",
    segment: "passenger",
    source: `Jetour output 2,293 in Jan-Feb 2024, Jetour X70 1,966 (KAU via dasfazit.at, INDUSTRY); ${ALLUR_FACT}`,
  },
  {
    slug: "exeed",
    name: "Exeed",
    manufacturer: "Chery",
    manufacturerSlug: "chery",
    segment: "passenger",
    source:
      "Named by President Tokayev in May 2023 among Kazakhstan's top-selling brands (inform.kz/en/ckd-assembly-of-chinese-cars-to-be-launched-in-kazakhstan_a4068532, OFFICIAL); Orbis Auto plant (Geely, Exeed) announced 2023 (teknomers.com, status not verified)",
  },
  {
    slug: "changan",
    name: "Changan",
    manufacturer: "Changan Automobile",
    manufacturerSlug: "changan",
    segment: "passenger",
    source: `${AMMKZ_FACT}; brand sales and dealer count NOT FOUND (kz-vehicles.md §2)`,
  },
  // Geely group: Zeekr is Geely's premium EV brand, so both share the group slug "geely"
  {
    slug: "geely",
    name: "Geely",
    manufacturer: "Geely Holding Group",
    manufacturerSlug: "geely",
    segment: "passenger",
    source:
      "Orbis Auto plant for Geely and Exeed announced in Almaty in 2023, 80k/yr (teknomers.com 2023-03-12, announcement only); brand sales and dealer count NOT FOUND",
  },
  {
    slug: "zeekr",
    name: "Zeekr",
    manufacturer: "Geely Holding Group",
    manufacturerSlug: "geely",
    segment: "passenger",
    source:
      "Geely group premium EV brand; 12,119 electric cars registered in Kazakhstan at 1 Dec 2024, 59 % of them in Almaty (Sputnik KZ, 15 Jan 2025, BNS); brand figures not found",
  },
  {
    slug: "jac",
    name: "JAC",
    manufacturer: "JAC Group (Anhui Jianghuai)",
    manufacturerSlug: "jac",
    segment: "passenger",
    source: `JAC built more than 10,000 vehicles in Kazakhstan in H1 2023, 1st Chinese brand by output (english.anhuinews.com 2023-07-25, INDUSTRY); ${ALLUR_FACT}; also sells light trucks, modelled as passenger`,
  },
  {
    slug: "li-auto",
    name: "Li Auto",
    manufacturer: "Li Auto",
    manufacturerSlug: "li-auto",
    segment: "passenger",
    source:
      "Li Auto has over 1,000 vehicles in Kazakhstan; its first self-operated service centre opens in Almaty (China Daily reprint, carzxzc.com/industry/8670.html, mid-2024, INDUSTRY)",
  },
  {
    slug: "byd",
    name: "BYD",
    manufacturer: "BYD",
    manufacturerSlug: "byd",
    segment: "passenger",
    source:
      "NEV brand; 12,119 electric cars registered at 1 Dec 2024 (Almaty 7,157, Astana 1,464; Sputnik KZ 15 Jan 2025, BNS); brand figures not found, presence ILLUSTRATIVE",
  },
  {
    slug: "hongqi",
    name: "Hongqi",
    manufacturer: "FAW Group",
    manufacturerSlug: "faw",
    segment: "passenger",
    source: `Hongqi is assembled at Allur; ${ALLUR_FACT}`,
  },
  {
    slug: "yutong",
    name: "Yutong",
    manufacturer: "Yutong Bus",
    manufacturerSlug: "yutong",
    segment: "bus",
    source:
      "Yutong Bus sold over 5,000 buses in Kazakhstan by 2023, over 200 new-energy buses in 2023 alone (China Daily reprint, carzxzc.com/industry/8670.html, mid-2024, INDUSTRY)",
  },
];
