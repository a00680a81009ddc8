import { buildSites } from "./site-builder";
import type { DealershipSeed } from "./types";

/**
 * Changan, Geely + Zeekr, JAC, Hongqi, BYD. Dealer counts for these brands were NOT FOUND
 * (kz-vehicles.md §2), so all networks are ILLUSTRATIVE, sized by what is known of each brand's
 * presence: JAC is the oldest (Allur, Kostanay, since 2013) and widest; Changan and Geely are mid-size;
 * Zeekr, Hongqi and BYD are premium/NEV brands present only in the largest cities.
 */
const OFFSET = "Coordinates: city centre + deterministic 2-6 km offset";
const CHANGAN_SOURCE = `ILLUSTRATIVE: plausible Changan network (Astana Motors group; AMMKZ plant in Almaty builds Changan since Sept 2025, motoram.ru 2025/09/16); sites, dates, bays made up. ${OFFSET}`;
const GEELY_SOURCE = `ILLUSTRATIVE: plausible Geely network (Orbis Auto plant for Geely/Exeed announced in 2023, teknomers.com); sites, dates, bays made up. ${OFFSET}`;
const ZEEKR_SOURCE = `ILLUSTRATIVE: Zeekr (Geely group EV brand) in the two largest cities, where EVs concentrate (Almaty 7,157 and Astana 1,464 of 12,119 EVs at 1 Dec 2024, Sputnik KZ/BNS). ${OFFSET}`;
const JAC_SOURCE = `ILLUSTRATIVE: plausible JAC network around its Allur/SaryarkaAvtoProm base in Kostanay (JAC partner since 2013; >10,000 built in H1 2023, english.anhuinews.com 2023-07-25); sites, dates, bays made up. ${OFFSET}`;
const HONGQI_SOURCE = `ILLUSTRATIVE: Hongqi (FAW, assembled at Allur, Kostanay) premium sites in the largest cities; made up. ${OFFSET}`;
const BYD_SOURCE = `ILLUSTRATIVE: BYD NEV sites where EVs concentrate (Almaty 59 % of 12,119 EVs at 1 Dec 2024, Sputnik KZ/BNS); made up. ${OFFSET}`;

export const CHANGAN_DEALERSHIPS: DealershipSeed[] = buildSites("changan", CHANGAN_SOURCE, [
  { name: "Changan Astana Motors Almaty", city: "almaty", kind: "3S", bays: 12, openedOn: "2022-03-01" },
  { name: "Changan Almaty Tole Bi", city: "almaty", kind: "3S", bays: 8, openedOn: "2023-06-26" },
  { name: "Changan Astana", city: "astana", kind: "3S", bays: 10, openedOn: "2022-04-18" },
  { name: "Changan Shymkent", city: "shymkent", kind: "3S", bays: 8, openedOn: "2022-09-19" },
  { name: "Changan Karaganda", city: "karaganda", kind: "3S", bays: 6, openedOn: "2022-11-07" },
  { name: "Changan Aktobe Zhankozha Batyr", city: "aktobe", kind: "3S", bays: 6, openedOn: "2024-05-13" },
  {
    name: "Changan Aktobe Sankibai",
    city: "aktobe",
    kind: "3S",
    bays: 4,
    status: "closed",
    openedOn: "2022-10-10",
    notes: "Closed in 2024 (illustrative): replaced by the larger Changan Aktobe Zhankozha Batyr site",
  },
  { name: "Changan Pavlodar", city: "pavlodar", kind: "3S", bays: 6, openedOn: "2023-02-27" },
  { name: "Changan Atyrau", city: "atyrau", kind: "3S", bays: 6, openedOn: "2023-04-24" },
  { name: "Changan Kostanay", city: "kostanay", kind: "3S", bays: 4, openedOn: "2023-09-11" },
  { name: "Changan Taraz", city: "taraz", kind: "3S", bays: 4, openedOn: "2024-02-26" },
  { name: "Changan Ust-Kamenogorsk", city: "ust-kamenogorsk", kind: "3S", bays: 6, status: "planned", quarter: "2025-Q4" },
  { name: "Changan Uralsk", city: "uralsk", kind: "3S", bays: 4, status: "planned", quarter: "2026-Q2" },
]);

export const GEELY_DEALERSHIPS: DealershipSeed[] = buildSites("geely", GEELY_SOURCE, [
  { name: "Geely Almaty", city: "almaty", kind: "3S", bays: 12, openedOn: "2021-04-05" },
  { name: "Geely Almaty Momyshuly", city: "almaty", kind: "3S", bays: 6, openedOn: "2023-07-03" },
  { name: "Geely Astana", city: "astana", kind: "3S", bays: 10, openedOn: "2021-05-24" },
  { name: "Geely Shymkent", city: "shymkent", kind: "3S", bays: 8, openedOn: "2022-02-21" },
  { name: "Geely Karaganda", city: "karaganda", kind: "3S", bays: 6, openedOn: "2022-05-30" },
  { name: "Geely Aktobe", city: "aktobe", kind: "3S", bays: 6, openedOn: "2022-08-08" },
  { name: "Geely Ust-Kamenogorsk", city: "ust-kamenogorsk", kind: "3S", bays: 6, openedOn: "2022-10-24" },
  { name: "Geely Pavlodar", city: "pavlodar", kind: "3S", bays: 6, openedOn: "2023-01-30" },
  { name: "Geely Atyrau", city: "atyrau", kind: "3S", bays: 6, openedOn: "2023-03-27" },
  { name: "Geely Kostanay", city: "kostanay", kind: "3S", bays: 4, openedOn: "2023-10-30" },
  {
    name: "Geely Semey",
    city: "semey",
    kind: "3S",
    bays: 4,
    status: "closed",
    openedOn: "2019-09-02",
    notes: "Closed in 2023 (illustrative): dealer left the brand; a new site is being built",
  },
  { name: "Geely Semey Shakarim", city: "semey", kind: "3S", bays: 6, status: "under_construction", quarter: "2025-Q4" },
  { name: "Geely Taraz", city: "taraz", kind: "3S", bays: 4, status: "planned", quarter: "2026-Q1" },
]);

export const ZEEKR_DEALERSHIPS: DealershipSeed[] = buildSites("zeekr", ZEEKR_SOURCE, [
  { name: "Zeekr Almaty", city: "almaty", kind: "3S", bays: 6, openedOn: "2024-04-08" },
  { name: "Zeekr Astana", city: "astana", kind: "3S", bays: 4, openedOn: "2024-10-07" },
  { name: "Zeekr Shymkent", city: "shymkent", kind: "3S", bays: 4, status: "planned", quarter: "2026-Q2" },
]);

export const JAC_DEALERSHIPS: DealershipSeed[] = buildSites("jac", JAC_SOURCE, [
  { name: "JAC Allur Kostanay", city: "kostanay", kind: "3S", bays: 12, openedOn: "2013-10-01" },
  { name: "JAC Rudny", city: "rudny", kind: "3S", bays: 4, openedOn: "2016-05-16" },
  { name: "JAC Almaty", city: "almaty", kind: "3S", bays: 12, openedOn: "2014-03-03" },
  { name: "JAC Almaty Suyunbay", city: "almaty", kind: "3S", bays: 8, openedOn: "2019-06-03" },
  { name: "JAC Astana", city: "astana", kind: "3S", bays: 10, openedOn: "2014-04-14" },
  { name: "JAC Shymkent", city: "shymkent", kind: "3S", bays: 8, openedOn: "2015-09-07" },
  { name: "JAC Karaganda", city: "karaganda", kind: "3S", bays: 8, openedOn: "2015-05-18" },
  { name: "JAC Aktobe", city: "aktobe", kind: "3S", bays: 6, openedOn: "2016-08-01" },
  { name: "JAC Pavlodar", city: "pavlodar", kind: "3S", bays: 6, openedOn: "2016-10-03" },
  { name: "JAC Ust-Kamenogorsk", city: "ust-kamenogorsk", kind: "3S", bays: 6, openedOn: "2017-04-10" },
  { name: "JAC Semey", city: "semey", kind: "3S", bays: 4, openedOn: "2018-06-18" },
  { name: "JAC Uralsk", city: "uralsk", kind: "3S", bays: 6, openedOn: "2017-09-04" },
  { name: "JAC Petropavl", city: "petropavl", kind: "3S", bays: 6, openedOn: "2017-11-13" },
  { name: "JAC Taraz", city: "taraz", kind: "3S", bays: 6, openedOn: "2018-03-05" },
  { name: "JAC Kyzylorda", city: "kyzylorda", kind: "3S", bays: 4, openedOn: "2019-04-22" },
  { name: "JAC Atyrau", city: "atyrau", kind: "3S", bays: 6, openedOn: "2018-09-10" },
  { name: "JAC Aktau", city: "aktau", kind: "3S", bays: 4, status: "planned", quarter: "2025-Q4" },
  { name: "JAC Turkistan", city: "turkistan", kind: "3S", bays: 4, status: "under_construction", quarter: "2026-Q1" },
]);

export const HONGQI_DEALERSHIPS: DealershipSeed[] = buildSites("hongqi", HONGQI_SOURCE, [
  { name: "Hongqi Almaty", city: "almaty", kind: "3S", bays: 6, openedOn: "2022-12-05" },
  { name: "Hongqi Astana", city: "astana", kind: "3S", bays: 6, openedOn: "2023-02-13" },
  { name: "Hongqi Atyrau", city: "atyrau", kind: "3S", bays: 4, openedOn: "2024-03-25" },
  { name: "Hongqi Shymkent", city: "shymkent", kind: "3S", bays: 4, status: "planned", quarter: "2026-Q3" },
]);

export const BYD_DEALERSHIPS: DealershipSeed[] = buildSites("byd", BYD_SOURCE, [
  { name: "BYD Almaty", city: "almaty", kind: "3S", bays: 10, openedOn: "2023-05-15" },
  { name: "BYD Almaty Dostyk", city: "almaty", kind: "3S", bays: 6, openedOn: "2024-06-17" },
  { name: "BYD Astana", city: "astana", kind: "3S", bays: 8, openedOn: "2023-09-04" },
  { name: "BYD Shymkent", city: "shymkent", kind: "3S", bays: 6, openedOn: "2024-08-05" },
  { name: "BYD Karaganda", city: "karaganda", kind: "3S", bays: 4, status: "planned", quarter: "2025-Q4" },
  { name: "BYD Ust-Kamenogorsk", city: "ust-kamenogorsk", kind: "3S", bays: 4, status: "planned", quarter: "2027-Q1" },
]);

export const OTHER_DEALERSHIPS: DealershipSeed[] = [
  ...CHANGAN_DEALERSHIPS,
  ...GEELY_DEALERSHIPS,
  ...ZEEKR_DEALERSHIPS,
  ...JAC_DEALERSHIPS,
  ...HONGQI_DEALERSHIPS,
  ...BYD_DEALERSHIPS,
];
