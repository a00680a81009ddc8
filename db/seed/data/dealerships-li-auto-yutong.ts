import { buildSites } from "./site-builder";
import type { DealershipSeed } from "./types";

/**
 * Li Auto: the article says "over 1,000 vehicles in Kazakhstan; its first self-operated service centre
 * opens in Almaty" (mid-2024). It is a service centre, so no sales. The day of opening is not known.
 */
const LI_AUTO_SOURCE =
  'Li Auto "has over 1,000 vehicles in Kazakhstan; its first self-operated service centre opens in Almaty" (China Daily reprint, carzxzc.com/industry/8670.html, mid-2024, INDUSTRY). Bays and exact date ILLUSTRATIVE. Coordinates: city centre + 2-6 km offset';

export const LI_AUTO_DEALERSHIPS: DealershipSeed[] = buildSites("li-auto", LI_AUTO_SOURCE, [
  {
    name: "Li Auto Almaty Service Center",
    city: "almaty",
    kind: "service",
    bays: 10,
    openedOn: "2024-06-01",
    notes: "First self-operated Li Auto service centre in Kazakhstan; opening date approximate (article: mid-2024, 'opens')",
  },
  {
    name: "Li Auto Astana Service Center",
    city: "astana",
    kind: "service",
    bays: 6,
    status: "planned",
    quarter: "2025-Q4",
    notes: "ILLUSTRATIVE second site for the Astana park",
  },
]);

/**
 * Yutong buses: "over 5,000 buses sold in Kazakhstan by 2023" (mid-2024 article). A bus fleet that size
 * needs service in every large city; the network below (16 sites, 14 open) is ILLUSTRATIVE. Bays are
 * bus-length bays (a bus bay takes roughly the floor of three car bays), hence the small numbers.
 */
const YUTONG_SOURCE =
  'ILLUSTRATIVE bus service network sized for the fleet: Yutong "sold over 5,000 buses in Kazakhstan by 2023, over 200 new-energy buses in 2023" (China Daily reprint, carzxzc.com/industry/8670.html, INDUSTRY); sites, dates, bays made up; bays are bus bays. Coordinates: city centre + 2-6 km offset';

export const YUTONG_DEALERSHIPS: DealershipSeed[] = buildSites("yutong", YUTONG_SOURCE, [
  { name: "Yutong Almaty Bus Center", city: "almaty", kind: "3S", bays: 10, openedOn: "2015-05-12" },
  { name: "Yutong Astana Bus Center", city: "astana", kind: "3S", bays: 10, openedOn: "2016-06-06" },
  { name: "Yutong Shymkent Bus Service", city: "shymkent", kind: "service", bays: 8, openedOn: "2017-04-03" },
  { name: "Yutong Karaganda Bus Service", city: "karaganda", kind: "service", bays: 6, openedOn: "2018-03-12" },
  { name: "Yutong Aktobe Bus Service", city: "aktobe", kind: "service", bays: 6, openedOn: "2018-08-20" },
  { name: "Yutong Atyrau Bus Service", city: "atyrau", kind: "service", bays: 6, openedOn: "2019-02-11" },
  { name: "Yutong Taraz Bus Service", city: "taraz", kind: "service", bays: 4, openedOn: "2019-06-17" },
  { name: "Yutong Ust-Kamenogorsk Bus Service", city: "ust-kamenogorsk", kind: "service", bays: 4, openedOn: "2019-09-09" },
  { name: "Yutong Pavlodar Bus Service", city: "pavlodar", kind: "service", bays: 4, openedOn: "2020-03-02" },
  { name: "Yutong Semey Bus Service", city: "semey", kind: "service", bays: 4, openedOn: "2020-07-13" },
  { name: "Yutong Kyzylorda Bus Service", city: "kyzylorda", kind: "service", bays: 4, openedOn: "2021-04-19" },
  { name: "Yutong Kostanay Bus Service", city: "kostanay", kind: "service", bays: 4, openedOn: "2021-08-23" },
  { name: "Yutong Aktau Bus Service", city: "aktau", kind: "service", bays: 4, openedOn: "2022-05-16" },
  { name: "Yutong Uralsk Bus Service", city: "uralsk", kind: "service", bays: 4, openedOn: "2022-09-05" },
  { name: "Yutong Petropavl Bus Service", city: "petropavl", kind: "service", bays: 4, status: "under_construction", quarter: "2025-Q3" },
  { name: "Yutong Turkistan Bus Service", city: "turkistan", kind: "service", bays: 4, status: "planned", quarter: "2026-Q1" },
]);
