import type { SourcedNumber } from "./park-inputs";

/** ISO 3166-2 code of each region (as in the geokz districts file) -> our region slug. */
export const REGION_SLUG_BY_ISO: Record<string, string> = {
  "KZ-ALA": "almaty-city",
  "KZ-AST": "astana-city",
  "KZ-SHY": "shymkent-city",
  "KZ-ABY": "abai",
  "KZ-AKM": "akmola",
  "KZ-AKT": "aktobe",
  "KZ-ALM": "almaty-region",
  "KZ-ATY": "atyrau",
  "KZ-VOS": "east-kazakhstan",
  "KZ-ZHT": "jetisu",
  "KZ-KAR": "karaganda",
  "KZ-KUS": "kostanay",
  "KZ-KZY": "kyzylorda",
  "KZ-MAN": "mangystau",
  "KZ-SEV": "north-kazakhstan",
  "KZ-PAV": "pavlodar",
  "KZ-YUZ": "turkistan",
  "KZ-ULT": "ulytau",
  "KZ-ZAP": "west-kazakhstan",
  "KZ-ZHA": "zhambyl",
};

/** Kazakhstan's population at 1 May 2024 (BNS via astanatimes.com/2024/06/...). */
export const NATIONAL_POPULATION_2024: SourcedNumber = {
  value: 20118478,
  isEstimate: false,
  source: "1 May 2024, BNS via astanatimes.com/2024/06/kazakhstans-population-grows-by-nearly-85000-people-in-five-months/",
};

const MAY_2024 = "1 May 2024, BNS via astanatimes.com/2024/06/kazakhstans-population-grows-by-nearly-85000-people-in-five-months/";

/**
 * Regional populations that press reports of BNS figures give (2023-2025). Regions without a figure
 * here share what is left of the national total (see country.ts): the press only names the largest
 * and the smallest regions.
 */
export const REGION_POPULATION: Record<string, SourcedNumber> = {
  "almaty-city": { value: 2249370, isEstimate: false, source: MAY_2024 },
  turkistan: { value: 2147234, isEstimate: false, source: MAY_2024 },
  "almaty-region": { value: 1540567, isEstimate: false, source: MAY_2024 },
  "astana-city": { value: 1458092, isEstimate: false, source: MAY_2024 },
  "shymkent-city": { value: 1234356, isEstimate: false, source: MAY_2024 },
  zhambyl: { value: 1223158, isEstimate: false, source: MAY_2024 },
  karaganda: { value: 1134960, isEstimate: false, source: MAY_2024 },
  aktobe: { value: 943615, isEstimate: false, source: "1 Jun 2024, BNS via turanews.kz/en/news/kazakhstans-population-surpasses-2-million/" },
  kyzylorda: { value: 845900, isEstimate: false, source: "1 Oct 2025, Kyzylorda statistics department via kaz.inform.kz (2025-11-14)" },
  ulytau: { value: 221317, isEstimate: false, source: "1 Jan 2025, BNS via astanatimes.com/2025/02/..." },
  "east-kazakhstan": {
    value: 731635,
    isEstimate: true,
    source: "DERIVED: 272.9 k private passenger cars / 37.3 per 100 people at 1 Jan 2023 (altainews.kz citing Zakon.kz/BNS)",
  },
};
