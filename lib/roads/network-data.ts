/**
 * Kazakhstan's national highway network as data: the 41 planner cities (by slug; their coordinates
 * come from the caller) plus junction/waypoint nodes, and the highway links between them.
 *
 * Facts were copied from /work/shared/data/kz-roads.csv and kz-roads-and-regions.md (sources are
 * repeated in each edge note); the code never reads those files. Source tags:
 * - SOURCED: the length is quoted by the cited source for exactly this link.
 * - DERIVED: a sourced total split across intermediate nodes in proportion to great-circle
 *   length (so the chain sums to the sourced figure), or a sourced total minus sourced parts.
 * - ESTIMATE: great-circle km × ESTIMATE_DETOUR_FACTOR (1.2), or an unsourced "commonly cited"
 *   figure from kz-roads.csv, or a split of such a figure (a split inherits the weakest source).
 * Great-circle values quoted in notes use the kz-cities.csv coordinates and the junction
 * coordinates below.
 */
import type { RoadCategory } from "./assumptions";

/** Provenance of an edge length. */
export type EdgeSource = "SOURCED" | "DERIVED" | "ESTIMATE";

/** One undirected highway link. */
export interface RoadEdge {
  from: string;
  to: string;
  /** road length in km */
  km: number;
  road: string;
  category: RoadCategory;
  source: EdgeSource;
  note: string;
}

/** A junction or waypoint that is not one of the planner's cities; it carries its own coordinates. */
export interface JunctionNode {
  slug: string;
  name: string;
  lat: number;
  lng: number;
}

/** The 41 planner cities, exactly as the database's `cities.slug`. */
export const CITY_SLUGS = [
  "almaty", "astana", "shymkent", "aktobe", "karaganda", "taraz", "ust-kamenogorsk", "pavlodar",
  "atyrau", "semey", "kyzylorda", "kostanay", "aktau", "uralsk", "petropavl", "turkistan",
  "kokshetau", "temirtau", "taldykorgan", "ekibastuz", "rudny", "zhezkazgan", "kaskelen",
  "zhanaozen", "kentau", "balkhash", "satbayev", "kulsary", "konaev", "talgar", "saryagash",
  "zharkent", "arys", "aksu", "beyneu", "ridder", "stepnogorsk", "shchuchinsk", "lisakovsk",
  "aksai", "ayagoz",
] as const;

/** A planner city slug. */
export type CitySlug = (typeof CITY_SLUGS)[number];

/**
 * Junctions and waypoints. Coordinates are approximate (±5 km, placed from map knowledge, not a
 * cited gazetteer); they only matter for access legs and drawing. Khorgos ICBC uses the same point
 * as lib/geo's border-town test.
 */
export const JUNCTIONS: readonly JunctionNode[] = [
  { slug: "khorgos-icbc", name: "Khorgos ICBC (PRC border)", lat: 44.2, lng: 80.3 },
  { slug: "sary-ozek", name: "Saryozek (A-3 / Khorgos road junction)", lat: 44.36, lng: 77.97 },
  { slug: "kurty", name: "Kurty (M-36 / KAZ01)", lat: 44.25, lng: 76.6 },
  { slug: "burylbaital", name: "Burylbaital (M-36 / KZ08-04 junction)", lat: 44.93, lng: 73.98 },
  // the M-36 rounds the lake's western tip here; no link crosses Lake Balkhash
  { slug: "sary-shagan", name: "Sary-Shagan (west shore of Lake Balkhash)", lat: 46.12, lng: 73.62 },
  { slug: "kordai", name: "Kordai (A-2)", lat: 43.04, lng: 74.71 },
  { slug: "merke", name: "Merke (A-2 / KZ08-04 junction)", lat: 42.87, lng: 73.18 },
  { slug: "shu", name: "Shu (KZ08-04)", lat: 43.6, lng: 73.76 },
  { slug: "usharal", name: "Usharal (A-3)", lat: 46.17, lng: 80.94 },
  { slug: "kalbatau", name: "Kalbatau (A-3 / M-38 junction)", lat: 49.33, lng: 81.57 },
  { slug: "atbasar", name: "Atbasar (KAZ03)", lat: 51.81, lng: 68.36 },
  { slug: "zhaksy", name: "Zhaksy (KAZ03 / KAZ13 junction)", lat: 51.91, lng: 67.31 },
  { slug: "arkalyk", name: "Arkalyk (KAZ13)", lat: 50.25, lng: 66.91 },
  { slug: "mamlyutka", name: "Mamlyutka (A-21 / M-51 junction)", lat: 54.94, lng: 68.54 },
  { slug: "karabutak", name: "Karabutak (M-32 / WE-WC)", lat: 49.95, lng: 60.1 },
  { slug: "irgiz", name: "Irgiz (M-32 / KZ04-02 junction)", lat: 48.62, lng: 61.26 },
  { slug: "aralsk", name: "Aralsk (M-32)", lat: 46.8, lng: 61.67 },
  { slug: "shalkar", name: "Shalkar (KZ04-02)", lat: 47.83, lng: 59.62 },
  { slug: "kandyagash", name: "Kandyagash (A-27 / KZ04-02 junction)", lat: 49.47, lng: 57.42 },
];

const M36 = "M-36 / KAZ01";
const A2 = "A-2 / E40 (WE-WC)";
const A3 = "A-3";
const M32 = "M-32 / WE-WC";
const M38 = "M-38";
const KAZ03 = "M-36 / KAZ03";

function edge(
  from: string,
  to: string,
  km: number,
  road: string,
  category: RoadCategory,
  source: EdgeSource,
  note: string,
): RoadEdge {
  return { from, to, km, road, category, source, note };
}

const SPLIT_A2 = "share of Almaty-Shymkent ~690 km (kz-roads.csv, commonly cited, unsourced) minus Shymkent-Taraz 175, split by great-circle (×1.13)";
const SPLIT_ALA_TDK = "Almaty-Taldykorgan 265 km (visitkazakhstan.kz) split by great-circle (×1.11)";
const SPLIT_ALA_AST = "Astana-Almaty 1226 km (dzen.ru travel report, SOFT) minus the sourced/derived M-36 links, remainder 277 km split by great-circle (×1.03)";
const SPLIT_TDK_UKG = "Taldykorgan-Oskemen 768 km (kt.kz 2021; aqshamnews.kz toll list) split by great-circle (×1.07)";
const SPLIT_AST_PET = "Astana-Kokshetau-Petropavl corridor 489 km (inform.kz 2016) split by great-circle (×1.07)";
const SPLIT_AST_KOS = "Kostanay-Astana 725 km ±25 (legacy M-36 km posts, kz-roads.csv) split by great-circle (×1.24)";
const SPLIT_AST_PAV = "Astana-Pavlodar ~440 km (kz-roads.csv, unsourced) split by great-circle (×1.09)";
const SPLIT_SHY_AKT = "Shymkent-Aktobe 1520 km (europe-china.kz/faq/7542) split by great-circle (×1.10); cross-check: M-32 km posts put Karabutak at km 965 and Aral at ~km 1360 (inform.kz, kzvesti.kz) = 395 km vs 412 here";
const SPLIT_URA_AKT = "Uralsk-Aktobe ~450 km (de.wiki.li M32) split by great-circle (×1.06); Aksai lies ~2 km off the straight line";
const SPLIT_ATY_AKT = "Atyrau-Aktau ~900 km (kz-roads.csv, unsourced) minus Beyneu-Aktau 470, split by great-circle (×1.17)";
const SPLIT_MER_BUR = "Merke-Burylbaital 262 km (kt.kz 2021 project list) split by great-circle (×1.08); only 78 km of it (Merke-Shu) is tolled";

/** The national highway links. Every planner city is connected; no link crosses Lake Balkhash. */
export const ROAD_EDGES: readonly RoadEdge[] = [
  // A-2 / WE-WC south: Shymkent-Taraz-Almaty-Khorgos
  edge("almaty", "kaskelen", 29, A2, "I-b", "ESTIMATE", SPLIT_A2),
  edge("kaskelen", "kordai", 177, A2, "I-b", "ESTIMATE", SPLIT_A2),
  edge("kordai", "merke", 142, A2, "I-b", "ESTIMATE", SPLIT_A2),
  edge("merke", "taraz", 167, A2, "I-b", "ESTIMATE", SPLIT_A2),
  edge("taraz", "shymkent", 175, A2, "I-b", "ESTIMATE", "kz-roads.csv ~170-180 km (unsourced); europe-china.kz 1726-1520 would give 206; great-circle 158"),
  edge("shymkent", "saryagash", 125, "A-2 (to Uzbek border)", "I-b", "ESTIMATE", "great-circle 104 km × 1.2"),
  edge("almaty", "zharkent", 333, A2, "I-b", "DERIVED", "Almaty-Khorgos ICBC 361 km (mcps-khorgos.kz) minus Zharkent-Khorgos 28"),
  edge("zharkent", "khorgos-icbc", 28, A2, "I-b", "ESTIMATE", "great-circle 23.7 km × 1.2"),
  edge("almaty", "talgar", 31, "local (Almaty agglomeration)", "II", "ESTIMATE", "great-circle 25.8 km × 1.2"),
  // Almaty-Konaev-Taldykorgan-Ust-Kamenogorsk
  edge("almaty", "konaev", 76, A3, "I-a", "DERIVED", `${SPLIT_ALA_TDK}; km posts give 67 km to the Konaev toll point but start at the city edge (centre-to-centre great-circle is 69)`),
  edge("konaev", "sary-ozek", 101, A3, "I-b", "DERIVED", SPLIT_ALA_TDK),
  edge("sary-ozek", "taldykorgan", 88, A3, "I-b", "DERIVED", SPLIT_ALA_TDK),
  edge("sary-ozek", "zharkent", 205, "Saryozek-Koktal-Khorgos road", "II", "DERIVED", "Taldykorgan-Khorgos ICBC 321 km (mcps-khorgos.kz) minus Taldykorgan-Saryozek 88 and Zharkent-Khorgos 28"),
  edge("taldykorgan", "usharal", 254, A3, "II", "DERIVED", SPLIT_TDK_UKG),
  edge("usharal", "ayagoz", 218, A3, "II", "DERIVED", SPLIT_TDK_UKG),
  edge("ayagoz", "kalbatau", 186, A3, "II", "DERIVED", SPLIT_TDK_UKG),
  edge("kalbatau", "ust-kamenogorsk", 110, A3, "II", "DERIVED", SPLIT_TDK_UKG),
  edge("ust-kamenogorsk", "ridder", 92, "regional road", "II", "ESTIMATE", "great-circle 76.8 km × 1.2"),
  // M-36 / KAZ01: Almaty-Konaev-Kurty-Burylbaital-(around Lake Balkhash)-Balkhash-Karaganda-Temirtau-Astana
  edge("konaev", "kurty", 67, M36, "I-b", "SOURCED", "Kurty-Konaev 67 km, four lanes opened (inform.kz 2025-12-26)"),
  edge("kurty", "burylbaital", 228, M36, "I-b", "SOURCED", "Burylbaital-Kurty 228 km toll section (aqshamnews.kz)"),
  edge("burylbaital", "sary-shagan", 140, M36, "I-b", "DERIVED", SPLIT_ALA_AST),
  edge("sary-shagan", "balkhash", 137, M36, "I-b", "DERIVED", SPLIT_ALA_AST),
  edge("balkhash", "karaganda", 363, M36, "I-b", "SOURCED", "Karaganda-Balkhash 363 km (kt.kz 2021; aqshamnews.kz toll list)"),
  edge("karaganda", "temirtau", 33, M36, "I-a", "DERIVED", "Astana-Karaganda ~215 km (KazAvtoZhol / BI Group km posts, kz-roads.csv) split by great-circle (×1.11)"),
  edge("temirtau", "astana", 182, M36, "I-a", "DERIVED", "Astana-Karaganda ~215 km (km posts, kz-roads.csv) split by great-circle (×1.11); Astana-Temirtau is I-a"),
  // KZ08-04: Merke-Shu-Burylbaital links A-2 to M-36 west of the lake
  edge("merke", "shu", 101, "KZ08-04", "II", "DERIVED", SPLIT_MER_BUR),
  edge("shu", "burylbaital", 161, "KZ08-04", "II", "DERIVED", SPLIT_MER_BUR),
  // A-1 / KAZ02: Astana-Shchuchinsk-Kokshetau-Petropavl
  edge("astana", "shchuchinsk", 229, "A-1 / KAZ02 (E125)", "I-a", "DERIVED", SPLIT_AST_PET),
  edge("shchuchinsk", "kokshetau", 70, "A-1 / KAZ02 (E125)", "I-b", "DERIVED", SPLIT_AST_PET),
  edge("kokshetau", "petropavl", 190, "A-1 / KAZ02 (E125)", "II", "DERIVED", SPLIT_AST_PET),
  edge("astana", "stepnogorsk", 160, "regional road", "II", "ESTIMATE", "great-circle 133.6 km × 1.2"),
  // Astana-Ekibastuz-Pavlodar (Center-East corridor, I-a)
  edge("astana", "ekibastuz", 300, "Astana-Pavlodar (Center-East)", "I-a", "ESTIMATE", SPLIT_AST_PAV),
  edge("ekibastuz", "pavlodar", 140, "Astana-Pavlodar (Center-East)", "I-a", "ESTIMATE", SPLIT_AST_PAV),
  edge("pavlodar", "aksu", 33, "regional road", "II", "ESTIMATE", "great-circle 27.2 km × 1.2"),
  // M-38: Pavlodar-Semey-Kalbatau, plus Semey-Ust-Kamenogorsk
  edge("pavlodar", "semey", 370, M38, "II", "ESTIMATE", "great-circle 308.4 km × 1.2"),
  edge("semey", "kalbatau", 184, M38, "II", "ESTIMATE", "great-circle 153.6 km × 1.2"),
  edge("semey", "ust-kamenogorsk", 200, "Semey-Oskemen road", "II", "ESTIMATE", "kz-roads.csv ~200 km (unsourced); great-circle 174"),
  // M-36 / KAZ03: Astana-Atbasar-Zhaksy-(Ruzayevka-Sarykol)-Kostanay
  edge("astana", "atbasar", 278, KAZ03, "II", "DERIVED", SPLIT_AST_KOS),
  edge("atbasar", "zhaksy", 90, KAZ03, "II", "DERIVED", SPLIT_AST_KOS),
  edge("zhaksy", "kostanay", 357, KAZ03, "II", "DERIVED", SPLIT_AST_KOS),
  edge("kostanay", "rudny", 52, "regional road", "II", "ESTIMATE", "great-circle 43.3 km × 1.2"),
  edge("rudny", "lisakovsk", 76, "regional road", "II", "ESTIMATE", "great-circle 63.0 km × 1.2"),
  // A-21 / KAZ18 Kostanay-Mamlyutka and the M-51 stub to Petropavl
  edge("kostanay", "mamlyutka", 398, "A-21 / KAZ18", "II", "SOURCED", "de.wikipedia A21 (Kasachstan) 398 km"),
  edge("mamlyutka", "petropavl", 48, "M-51", "II", "ESTIMATE", "great-circle 39.8 km × 1.2"),
  // KAZ13 Zhezkazgan-Arkalyk-(north) and central links
  edge("zhaksy", "arkalyk", 224, "KAZ13 / regional", "III", "ESTIMATE", "great-circle 186.7 km × 1.2"),
  edge("arkalyk", "zhezkazgan", 338, "KAZ13", "III", "ESTIMATE", "great-circle 281.3 km × 1.2"),
  edge("karaganda", "zhezkazgan", 541, "Karaganda-Zhezkazgan road", "II", "ESTIMATE", "great-circle 450.6 km × 1.2"),
  // Satbayev lies NW of Zhezkazgan, off the road from Karaganda, so it is a spur
  edge("zhezkazgan", "satbayev", 26, "local", "II", "ESTIMATE", "great-circle 21.7 km × 1.2"),
  edge("kyzylorda", "zhezkazgan", 443, "Kyzylorda-Zhezkazgan road", "III", "ESTIMATE", "great-circle 369.1 km × 1.2"),
  // M-32 / WE-WC: Shymkent-Turkistan-Kyzylorda-Aralsk-Irgiz-Karabutak-Aktobe-Aksai-Uralsk
  edge("shymkent", "turkistan", 167, M32, "I-b", "DERIVED", SPLIT_SHY_AKT),
  edge("turkistan", "kyzylorda", 307, M32, "I-b", "DERIVED", SPLIT_SHY_AKT),
  edge("kyzylorda", "aralsk", 404, M32, "II", "DERIVED", SPLIT_SHY_AKT),
  edge("aralsk", "irgiz", 225, M32, "II", "DERIVED", SPLIT_SHY_AKT),
  edge("irgiz", "karabutak", 187, M32, "II", "DERIVED", SPLIT_SHY_AKT),
  edge("karabutak", "aktobe", 230, M32, "II", "DERIVED", SPLIT_SHY_AKT),
  edge("shymkent", "arys", 78, "regional road", "II", "ESTIMATE", "great-circle 64.9 km × 1.2"),
  edge("turkistan", "kentau", 38, "regional road", "II", "ESTIMATE", "great-circle 31.8 km × 1.2"),
  edge("uralsk", "aksai", 120, "M-32 (E38/AH61)", "II", "DERIVED", SPLIT_URA_AKT),
  edge("aksai", "aktobe", 330, "M-32 (E38/AH61)", "II", "DERIVED", SPLIT_URA_AKT),
  // West, Atyrau-Kulsary-Beyneu-Aktau
  edge("uralsk", "atyrau", 487, "A-28 (AH63)", "II", "SOURCED", "de.zxc.wiki A28 (Kasachstan) 487 km"),
  edge("aktobe", "kandyagash", 96, "A-27", "I-b", "SOURCED", "Aktobe-Kandyagash 96 km toll section (aqshamnews.kz; kt.kz 2021 says 95)"),
  edge("kandyagash", "atyrau", 583, "A-27 (via Makat)", "II", "ESTIMATE", "great-circle 485.9 km × 1.2 (kt.kz 2021 lists a 357 km Kandyagash-Makat-Atyrau project section, not the whole link)"),
  edge("atyrau", "kulsary", 191, "A-27 / E40", "II", "ESTIMATE", SPLIT_ATY_AKT),
  edge("kulsary", "beyneu", 239, "A-27 / E40", "II", "ESTIMATE", SPLIT_ATY_AKT),
  edge("beyneu", "aktau", 470, "A-33 (number inferred)", "I-b", "SOURCED", "Aktau-Beineu 470 km, 4 lanes (inform.kz 2016)"),
  edge("aktau", "zhanaozen", 169, "regional road (via Zhetybai)", "II", "ESTIMATE", "great-circle 141.0 km × 1.2"),
  // KZ04-02 Kandyagash-Emba-Shalkar-Irgiz, and the Aktobe-Kostanay link through Karabutak
  edge("kandyagash", "shalkar", 292, "KZ04-02", "III", "ESTIMATE", "great-circle 243.6 km × 1.2"),
  edge("shalkar", "irgiz", 180, "KZ04-02", "III", "ESTIMATE", "great-circle 149.9 km × 1.2"),
  edge("lisakovsk", "karabutak", 400, "regional roads via Denisovka / Komsomolskoye", "III", "ESTIMATE", "great-circle 333.6 km × 1.2"),
];

/** Sourced city-to-city road lengths the routed network must reproduce within 10 %. */
export const SOURCED_ROUTES: readonly { from: CitySlug; to: CitySlug; km: number; source: string }[] = [
  { from: "almaty", to: "taldykorgan", km: 265, source: "visitkazakhstan.kz" },
  { from: "astana", to: "petropavl", km: 489, source: "inform.kz 2016" },
  { from: "uralsk", to: "atyrau", km: 487, source: "de.zxc.wiki A28" },
  { from: "astana", to: "karaganda", km: 215, source: "km posts via tema-kz.net / company.bi.group" },
  { from: "astana", to: "almaty", km: 1226, source: "dzen.ru travel report (SOFT)" },
  { from: "ust-kamenogorsk", to: "semey", km: 200, source: "kz-roads.csv estimate" },
  { from: "uralsk", to: "aktobe", km: 450, source: "de.wiki.li M32" },
];
