import { buildSites } from "./site-builder";
import type { DealershipSeed } from "./types";

/**
 * Chery group (Chery, Omoda, Jetour, Exeed). Dealer counts for Chery are NOT FOUND in our sources
 * (kz-vehicles.md §2), so these networks are ILLUSTRATIVE. Sized from what is known: Chery calls itself
 * "the number one Chinese brand in Kazakhstan" (12,000+ sold in its first two years with Astana Motors),
 * hence the largest Chinese network here (~20 open sites); Jetour is assembled at Allur in Kostanay and
 * was 5th by output in Jan-Feb 2024, so it gets a second-tier network with a Kostanay site.
 */
const CHERY_SOURCE =
  'ILLUSTRATIVE: plausible Chery network via distributor Astana Motors; sites, dates, bays made up. Size from "more than 12,000 sold in the first two years with Astana Motors, the number one Chinese brand in Kazakhstan" (astana-motors.kz/en/news/...-436, INDUSTRY). Coordinates: city centre + 2-6 km offset';
const OMODA_SOURCE =
  "ILLUSTRATIVE: plausible Omoda (Chery group) network in the big cities; no Kazakhstan dealer list found. Coordinates: city centre + 2-6 km offset";
const JETOUR_SOURCE =
  "ILLUSTRATIVE: plausible Jetour (Chery group) network; Jetour is assembled at Allur, Kostanay, output 2,293 in Jan-Feb 2024 (KAU via dasfazit.at, INDUSTRY); sites made up. Coordinates: city centre + 2-6 km offset";
const EXEED_SOURCE =
  "ILLUSTRATIVE: plausible Exeed (Chery group premium) network; Exeed named among top-selling brands by Tokayev in May 2023 (inform.kz, OFFICIAL); sites made up. Coordinates: city centre + 2-6 km offset";

// 20 open sites in 17 cities; gaps left in Turkistan, Taldykorgan, Zhezkazgan (two are being filled).
export const CHERY_DEALERSHIPS: DealershipSeed[] = buildSites("chery", CHERY_SOURCE, [
  { name: "Chery Astana Motors Almaty", city: "almaty", kind: "3S", bays: 16, openedOn: "2021-02-01" },
  { name: "Chery Almaty Saina", city: "almaty", kind: "3S", bays: 12, openedOn: "2022-04-11" },
  { name: "Chery Almaty Ryskulov", city: "almaty", kind: "3S", bays: 10, openedOn: "2023-03-13" },
  { name: "Chery Astana Motors Astana", city: "astana", kind: "3S", bays: 14, openedOn: "2021-03-15" },
  { name: "Chery Astana Kabanbay Batyr", city: "astana", kind: "3S", bays: 10, openedOn: "2022-09-05" },
  { name: "Chery Shymkent", city: "shymkent", kind: "3S", bays: 12, openedOn: "2021-05-17" },
  { name: "Chery Shymkent Baiterek", city: "shymkent", kind: "3S", bays: 8, openedOn: "2023-05-22" },
  { name: "Chery Karaganda", city: "karaganda", kind: "3S", bays: 10, openedOn: "2021-08-02" },
  { name: "Chery Aktobe", city: "aktobe", kind: "3S", bays: 8, openedOn: "2021-10-04" },
  { name: "Chery Taraz", city: "taraz", kind: "3S", bays: 8, openedOn: "2022-03-21" },
  { name: "Chery Ust-Kamenogorsk", city: "ust-kamenogorsk", kind: "3S", bays: 8, openedOn: "2022-02-14" },
  { name: "Chery Pavlodar", city: "pavlodar", kind: "3S", bays: 8, openedOn: "2022-01-24" },
  { name: "Chery Atyrau", city: "atyrau", kind: "3S", bays: 8, openedOn: "2021-12-06" },
  { name: "Chery Semey", city: "semey", kind: "3S", bays: 6, openedOn: "2022-10-17" },
  { name: "Chery Kyzylorda", city: "kyzylorda", kind: "3S", bays: 6, openedOn: "2023-01-16" },
  { name: "Chery Kostanay", city: "kostanay", kind: "3S", bays: 6, openedOn: "2022-06-06" },
  { name: "Chery Aktau", city: "aktau", kind: "3S", bays: 6, openedOn: "2022-07-11" },
  { name: "Chery Uralsk", city: "uralsk", kind: "3S", bays: 6, openedOn: "2022-11-14" },
  { name: "Chery Petropavl", city: "petropavl", kind: "3S", bays: 6, openedOn: "2023-04-03" },
  { name: "Chery Kokshetau", city: "kokshetau", kind: "3S", bays: 6, openedOn: "2023-08-14" },
  { name: "Chery Taldykorgan", city: "taldykorgan", kind: "3S", bays: 6, status: "under_construction", quarter: "2025-Q3" },
  { name: "Chery Turkistan", city: "turkistan", kind: "3S", bays: 6, status: "planned", quarter: "2025-Q4" },
  { name: "Chery Zhezkazgan", city: "zhezkazgan", kind: "3S", bays: 4, status: "planned", quarter: "2026-Q2" },
]);

export const OMODA_DEALERSHIPS: DealershipSeed[] = buildSites("omoda", OMODA_SOURCE, [
  { name: "Omoda Almaty", city: "almaty", kind: "3S", bays: 8, openedOn: "2023-06-19" },
  { name: "Omoda Almaty Esentai Showroom", city: "almaty", kind: "sales", bays: 0, openedOn: "2024-03-04" },
  { name: "Omoda Astana", city: "astana", kind: "3S", bays: 8, openedOn: "2023-07-10" },
  { name: "Omoda Shymkent", city: "shymkent", kind: "3S", bays: 6, openedOn: "2023-10-09" },
  { name: "Omoda Karaganda", city: "karaganda", kind: "3S", bays: 4, openedOn: "2024-02-12" },
  { name: "Omoda Aktobe", city: "aktobe", kind: "3S", bays: 4, openedOn: "2024-04-15" },
  { name: "Omoda Atyrau", city: "atyrau", kind: "3S", bays: 4, openedOn: "2024-05-20" },
  { name: "Omoda Kostanay", city: "kostanay", kind: "3S", bays: 4, status: "under_construction", quarter: "2025-Q3" },
  { name: "Omoda Pavlodar", city: "pavlodar", kind: "3S", bays: 4, status: "planned", quarter: "2025-Q4" },
]);

export const JETOUR_DEALERSHIPS: DealershipSeed[] = buildSites("jetour", JETOUR_SOURCE, [
  { name: "Jetour Almaty", city: "almaty", kind: "3S", bays: 12, openedOn: "2023-02-06" },
  { name: "Jetour Almaty Kulzhinka", city: "almaty", kind: "3S", bays: 8, openedOn: "2023-09-18" },
  { name: "Jetour Astana", city: "astana", kind: "3S", bays: 10, openedOn: "2023-03-06" },
  { name: "Jetour Astana Saryarka", city: "astana", kind: "3S", bays: 6, openedOn: "2024-01-15" },
  { name: "Jetour Shymkent", city: "shymkent", kind: "3S", bays: 8, openedOn: "2023-04-10" },
  {
    name: "Jetour Allur Kostanay",
    city: "kostanay",
    kind: "3S",
    bays: 8,
    openedOn: "2023-01-23",
    notes: "Next to the Allur assembly plant (illustrative)",
  },
  { name: "Jetour Karaganda", city: "karaganda", kind: "3S", bays: 6, openedOn: "2023-05-08" },
  { name: "Jetour Aktobe", city: "aktobe", kind: "3S", bays: 6, openedOn: "2023-06-12" },
  { name: "Jetour Pavlodar", city: "pavlodar", kind: "3S", bays: 6, openedOn: "2023-08-07" },
  { name: "Jetour Ust-Kamenogorsk", city: "ust-kamenogorsk", kind: "3S", bays: 6, openedOn: "2023-10-16" },
  { name: "Jetour Atyrau", city: "atyrau", kind: "3S", bays: 6, openedOn: "2024-02-19" },
  { name: "Jetour Uralsk", city: "uralsk", kind: "3S", bays: 4, openedOn: "2024-04-22" },
  { name: "Jetour Semey", city: "semey", kind: "3S", bays: 4, status: "under_construction", quarter: "2025-Q3" },
  { name: "Jetour Taraz", city: "taraz", kind: "3S", bays: 6, status: "planned", quarter: "2025-Q4" },
  { name: "Jetour Kyzylorda", city: "kyzylorda", kind: "3S", bays: 4, status: "planned", quarter: "2026-Q1" },
]);

export const EXEED_DEALERSHIPS: DealershipSeed[] = buildSites("exeed", EXEED_SOURCE, [
  { name: "Exeed Almaty", city: "almaty", kind: "3S", bays: 10, openedOn: "2022-03-28" },
  { name: "Exeed Astana", city: "astana", kind: "3S", bays: 8, openedOn: "2022-04-25" },
  { name: "Exeed Shymkent", city: "shymkent", kind: "3S", bays: 6, openedOn: "2022-11-21" },
  { name: "Exeed Karaganda", city: "karaganda", kind: "3S", bays: 4, openedOn: "2023-03-20" },
  { name: "Exeed Atyrau", city: "atyrau", kind: "3S", bays: 4, openedOn: "2023-05-29" },
  { name: "Exeed Aktobe", city: "aktobe", kind: "3S", bays: 4, openedOn: "2023-09-25" },
  { name: "Exeed Ust-Kamenogorsk", city: "ust-kamenogorsk", kind: "3S", bays: 4, openedOn: "2024-03-18" },
  {
    name: "Exeed Kyzylorda",
    city: "kyzylorda",
    kind: "3S",
    bays: 4,
    status: "closed",
    openedOn: "2022-08-15",
    notes: "Closed in 2024 (illustrative): low premium demand; owners referred to Shymkent",
  },
  { name: "Exeed Aktau", city: "aktau", kind: "3S", bays: 4, status: "planned", quarter: "2026-Q3" },
]);

export const CHERY_GROUP_DEALERSHIPS: DealershipSeed[] = [
  ...CHERY_DEALERSHIPS,
  ...OMODA_DEALERSHIPS,
  ...JETOUR_DEALERSHIPS,
  ...EXEED_DEALERSHIPS,
];
