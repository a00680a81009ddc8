export * from "./types";
export { REGIONS, REGIONS_SOURCE } from "./regions";
export { CITIES } from "./cities";
export { COUNTRY, DISTRICTS, PLACES, GEOKZ_CREDIT, OSM_CREDIT, slugify, transliterate, type DistrictSeed, type PlaceSeed, type PlaceKind } from "./country";
export { NATIONAL_POPULATION_2024, REGION_POPULATION, REGION_SLUG_BY_ISO } from "./region-populations";
export { BRANDS } from "./brands";
export { DEALERSHIPS } from "./dealerships";
export { GWM_DEALERSHIPS, HAVAL_DEALERSHIPS } from "./dealerships-gwm";
export {
  CHERY_DEALERSHIPS,
  CHERY_GROUP_DEALERSHIPS,
  EXEED_DEALERSHIPS,
  JETOUR_DEALERSHIPS,
  OMODA_DEALERSHIPS,
} from "./dealerships-chery";
export {
  BYD_DEALERSHIPS,
  CHANGAN_DEALERSHIPS,
  GEELY_DEALERSHIPS,
  HONGQI_DEALERSHIPS,
  JAC_DEALERSHIPS,
  OTHER_DEALERSHIPS,
  ZEEKR_DEALERSHIPS,
} from "./dealerships-other";
export { LI_AUTO_DEALERSHIPS, YUTONG_DEALERSHIPS } from "./dealerships-li-auto-yutong";
export { siteCoordinates, buildSites, type SiteKind, type SiteSpec } from "./site-builder";
export {
  BRAND_PARK_INPUTS,
  BRAND_PARK_TOTALS,
  CHINESE_SHARE_2025,
  NEW_VEHICLE_SALES,
  PARK_YEARS,
  parkTotals,
} from "./brand-park-totals";
export {
  BRAND_PARK_CLASS,
  EV_CONCENTRATION,
  HOME_REGION_FACTOR,
  MOTORIZATION_PER_1000,
  POPULATION_BY_YEAR,
  TIER_FACTOR,
  type CityTier,
  type ParkClass,
  type SourcedNumber,
} from "./park-inputs";
export { VEHICLE_PARK, allocateLargestRemainder, cityTier, cityWeight, deriveVehiclePark } from "./vehicle-park";
export { COMPETITOR_BRANDS, COMPETITOR_DEALERSHIPS } from "./competitors";
export { BRAND_SALES, COMPETITOR_SALES, SALES, deriveSales, type BrandSalesInput } from "./sales";
