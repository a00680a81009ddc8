import { buildSites } from "./site-builder";
import type { DealershipSeed } from "./types";

/**
 * Great Wall Motor. Sourced: "28 dealerships in Kazakhstan, covering 20 major cities", and new
 * dealerships planned in Almaty and Astana "in the third quarter" (mid-2024 article). The article does
 * not list the sites, so every name, date and bay count below is made up; only the counts are sourced.
 * The 28 are modelled as the Haval rows (Haval is GWM's volume brand and its showrooms also sell Tank).
 *
 * Deliberate gaps for the planner: no GWM service in Zhezkazgan, Kulsary, Zharkent, Ayagoz,
 * Balkhash, Beyneu, Ridder, Konaev, Rudny...
 */
const GWM_SOURCE =
  'ILLUSTRATIVE site (name, date, bays made up). Network size sourced: GWM has "28 dealerships in Kazakhstan, covering 20 major cities" and plans new dealerships in Almaty and Astana in the third quarter (China Daily reprint, carzxzc.com/industry/8670.html, mid-2024, INDUSTRY). Coordinates: city centre + deterministic 2-6 km offset';

const PLANNED_NOTE = "Announced mid-2024 for Q3 2024 (carzxzc.com/industry/8670.html); opening not verified";

// 28 open: Almaty 5, Astana 4, Shymkent 2, then one in each of 17 other cities = 20 cities.
// Bays scale with city size (16 in Almaty's flagship down to 4 in towns of ~130-170k).
export const HAVAL_DEALERSHIPS: DealershipSeed[] = buildSites("haval", GWM_SOURCE, [
  { name: "Haval Almaty Center", city: "almaty", kind: "3S", bays: 16, openedOn: "2019-11-15" },
  { name: "Haval Astana Motors Almaty Raiymbek", city: "almaty", kind: "3S", bays: 14, openedOn: "2021-03-01" },
  { name: "Haval Almaty Al-Farabi", city: "almaty", kind: "3S", bays: 12, openedOn: "2022-06-10" },
  { name: "Haval Almaty Kuldzhinsky Trakt", city: "almaty", kind: "3S", bays: 10, openedOn: "2023-04-20" },
  {
    name: "Haval Almaty Mega Showroom",
    city: "almaty",
    kind: "sales",
    bays: 0,
    openedOn: "2023-09-01",
    notes: "Mall showroom: sales only, serviced by Haval Almaty Center",
  },
  { name: "Haval Astana Motors Astana", city: "astana", kind: "3S", bays: 14, openedOn: "2020-02-12" },
  { name: "Haval Astana Left Bank", city: "astana", kind: "3S", bays: 12, openedOn: "2022-05-16" },
  { name: "Haval Astana Industrial Park", city: "astana", kind: "3S", bays: 10, openedOn: "2023-08-01" },
  {
    name: "Haval Astana Mall Showroom",
    city: "astana",
    kind: "sales",
    bays: 0,
    openedOn: "2024-02-01",
    notes: "Mall showroom: sales only",
  },
  { name: "Haval Shymkent Center", city: "shymkent", kind: "3S", bays: 12, openedOn: "2021-06-01" },
  { name: "Haval Shymkent Tamerlan", city: "shymkent", kind: "3S", bays: 8, openedOn: "2023-10-02" },
  { name: "Haval Aktobe", city: "aktobe", kind: "3S", bays: 10, openedOn: "2021-09-15" },
  { name: "Haval Karaganda", city: "karaganda", kind: "3S", bays: 10, openedOn: "2021-04-12" },
  { name: "Haval Taraz", city: "taraz", kind: "3S", bays: 8, openedOn: "2022-08-22" },
  { name: "Haval Ust-Kamenogorsk", city: "ust-kamenogorsk", kind: "3S", bays: 8, openedOn: "2022-03-14" },
  { name: "Haval Pavlodar", city: "pavlodar", kind: "3S", bays: 8, openedOn: "2021-11-08" },
  { name: "Haval Atyrau", city: "atyrau", kind: "3S", bays: 8, openedOn: "2022-02-07" },
  { name: "Haval Semey", city: "semey", kind: "3S", bays: 6, openedOn: "2023-03-06" },
  { name: "Haval Kyzylorda", city: "kyzylorda", kind: "3S", bays: 6, openedOn: "2023-05-15" },
  { name: "Haval Kostanay", city: "kostanay", kind: "3S", bays: 8, openedOn: "2022-04-04" },
  { name: "Haval Aktau", city: "aktau", kind: "3S", bays: 6, openedOn: "2022-10-03" },
  { name: "Haval Uralsk", city: "uralsk", kind: "3S", bays: 6, openedOn: "2022-09-12" },
  { name: "Haval Petropavl", city: "petropavl", kind: "3S", bays: 6, openedOn: "2023-06-05" },
  { name: "Haval Turkistan", city: "turkistan", kind: "3S", bays: 6, openedOn: "2023-11-13" },
  { name: "Haval Kokshetau", city: "kokshetau", kind: "3S", bays: 6, openedOn: "2023-02-20" },
  { name: "Haval Taldykorgan", city: "taldykorgan", kind: "3S", bays: 6, openedOn: "2023-07-17" },
  { name: "Haval Temirtau", city: "temirtau", kind: "3S", bays: 4, openedOn: "2024-01-22" },
  { name: "Haval Ekibastuz", city: "ekibastuz", kind: "3S", bays: 4, openedOn: "2024-03-11" },
  // the two openings the article announces
  {
    name: "Haval Almaty West",
    city: "almaty",
    kind: "3S",
    bays: 12,
    status: "planned",
    quarter: "2024-Q3",
    notes: PLANNED_NOTE,
  },
  {
    name: "Haval Astana South",
    city: "astana",
    kind: "3S",
    bays: 10,
    status: "planned",
    quarter: "2024-Q3",
    notes: PLANNED_NOTE,
  },
]);

// Tank and Wey have no sites of their own in the seed: in mid-2024 (the article's "28 dealerships
// covering 20 major cities") GWM sold and serviced all its brands through the Haval network, and the
// planner's coverage lets any service site of a manufacturer group serve every brand of that group.
export const GWM_DEALERSHIPS: DealershipSeed[] = HAVAL_DEALERSHIPS;
