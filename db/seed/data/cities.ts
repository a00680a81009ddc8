import type { CitySeed } from "./types";

/**
 * The 41 cities the planner knows, copied from the shared fact sheet kz-cities.csv so the project
 * never reads ../shared at run time. Slugs are fixed: other code (road graph, tests) refers to them.
 *
 * - population/populationYear: the BNS figure the csv quotes (1 Jan 2023 or 1 Jan 2024); newer figures
 *   for the three largest cities are kept in the source text and used by vehicle-park.ts.
 * - The seven towns the csv leaves blank carry a rounded estimate (populationIsEstimate: true).
 * - Konaev's ~66k is a published, rounded press figure (informburo.kz, Apr 2025), not our estimate.
 * - regionSlug follows the 2022 reform (Semey/Ayagoz -> Abai, Taldykorgan/Zharkent -> Jetisu,
 *   Zhezkazgan/Satbayev -> Ulytau).
 */
export const CITIES: CitySeed[] = [
  {
    slug: "almaty", nameEn: "Almaty", nameRu: "Алматы", regionSlug: "almaty-city",
    lat: 43.25667, lng: 76.92861, population: 2161797, populationYear: 2023, populationIsEstimate: false,
    source: "pop: 1 Jan 2023 BNS estimate via en.wikipedia.org/wiki/List_of_most_populous_cities_in_Kazakhstan (1 May 2024: 2249370 per astanatimes.com/2024/06/kazakhstans-population-grows-by-nearly-85000-people-in-five-months/); coords: GeoNames via github VannaDii/pub-dev geography/lib/src/countries/kazakhstan_cities.dart",
  },
  {
    slug: "astana", nameEn: "Astana", nameRu: "Астана", regionSlug: "astana-city",
    lat: 51.1801, lng: 71.44598, population: 1354507, populationYear: 2023, populationIsEstimate: false,
    source: "pop: 1 Jan 2023 BNS via en.wikipedia List_of_most_populous_cities_in_Kazakhstan (1 May 2024: 1458092 per astanatimes.com 2024/06); coords: GeoNames (listed as Nur-Sultan) via VannaDii/pub-dev",
  },
  {
    slug: "shymkent", nameEn: "Shymkent", nameRu: "Шымкент", regionSlug: "shymkent-city",
    lat: 42.3417, lng: 69.5901, population: 1192120, populationYear: 2023, populationIsEstimate: false,
    source: "pop: 1 Jan 2023 BNS via en.wikipedia List_of_most_populous_cities_in_Kazakhstan (1 May 2024: 1234356 per astanatimes.com 2024/06); coords: github samats4729-alt/logicore apps/api/prisma/kz_cities.ts (not in GeoNames extract)",
  },
  {
    slug: "aktobe", nameEn: "Aktobe", nameRu: "Актобе", regionSlug: "aktobe",
    lat: 50.27969, lng: 57.20718, population: 559911, populationYear: 2023, populationIsEstimate: false,
    source: "pop: 1 Jan 2023 BNS via en.wikipedia List_of_most_populous_cities_in_Kazakhstan; coords: GeoNames via VannaDii/pub-dev",
  },
  {
    slug: "karaganda", nameEn: "Karaganda", nameRu: "Караганда", regionSlug: "karaganda",
    lat: 49.80187, lng: 73.10211, population: 515632, populationYear: 2023, populationIsEstimate: false,
    source: "pop: 1 Jan 2023 via en.wikipedia list; coords: GeoNames via VannaDii/pub-dev",
  },
  {
    slug: "taraz", nameEn: "Taraz", nameRu: "Тараз", regionSlug: "zhambyl",
    lat: 42.9, lng: 71.36667, population: 427356, populationYear: 2023, populationIsEstimate: false,
    source: "pop: 1 Jan 2023 via en.wikipedia list; coords: GeoNames via VannaDii/pub-dev",
  },
  {
    slug: "ust-kamenogorsk", nameEn: "Ust-Kamenogorsk", nameRu: "Усть-Каменогорск", regionSlug: "east-kazakhstan",
    lat: 49.97143, lng: 82.60586, population: 352894, populationYear: 2023, populationIsEstimate: false,
    source: "pop: 1 Jan 2023 via en.wikipedia list; coords: GeoNames via VannaDii/pub-dev",
  },
  {
    slug: "pavlodar", nameEn: "Pavlodar", nameRu: "Павлодар", regionSlug: "pavlodar",
    lat: 52.28333, lng: 76.96667, population: 334096, populationYear: 2023, populationIsEstimate: false,
    source: "pop: 1 Jan 2023 via en.wikipedia list; coords: GeoNames via VannaDii/pub-dev",
  },
  {
    slug: "atyrau", nameEn: "Atyrau", nameRu: "Атырау", regionSlug: "atyrau",
    lat: 47.11667, lng: 51.88333, population: 316468, populationYear: 2023, populationIsEstimate: false,
    source: "pop: 1 Jan 2023 via en.wikipedia list; coords: GeoNames via VannaDii/pub-dev",
  },
  {
    slug: "semey", nameEn: "Semey", nameRu: "Семей", regionSlug: "abai",
    lat: 50.42675, lng: 80.26669, population: 308143, populationYear: 2023, populationIsEstimate: false,
    source: "pop: 1 Jan 2023 via en.wikipedia list (informburo.kz says ~314k Apr 2025, -5.1% y/y per First Credit Bureau); coords: GeoNames via VannaDii/pub-dev",
  },
  {
    slug: "kyzylorda", nameEn: "Kyzylorda", nameRu: "Кызылорда", regionSlug: "kyzylorda",
    lat: 44.85278, lng: 65.50917, population: 278638, populationYear: 2023, populationIsEstimate: false,
    source: "pop: 1 Jan 2023 via en.wikipedia list; coords: GeoNames via VannaDii/pub-dev",
  },
  {
    slug: "kostanay", nameEn: "Kostanay", nameRu: "Костанай", regionSlug: "kostanay",
    lat: 53.21435, lng: 63.62463, population: 264466, populationYear: 2023, populationIsEstimate: false,
    source: "pop: 1 Jan 2023 via en.wikipedia list; coords: GeoNames via VannaDii/pub-dev",
  },
  {
    slug: "aktau", nameEn: "Aktau", nameRu: "Актау", regionSlug: "mangystau",
    lat: 43.65, lng: 51.16667, population: 263893, populationYear: 2023, populationIsEstimate: false,
    source: "pop: 1 Jan 2023 via en.wikipedia list; coords: GeoNames via VannaDii/pub-dev",
  },
  {
    slug: "uralsk", nameEn: "Uralsk", nameRu: "Уральск", regionSlug: "west-kazakhstan",
    lat: 51.23333, lng: 51.36667, population: 253773, populationYear: 2023, populationIsEstimate: false,
    source: "pop: 1 Jan 2023 via en.wikipedia list; coords: GeoNames via VannaDii/pub-dev",
  },
  {
    slug: "petropavl", nameEn: "Petropavl", nameRu: "Петропавловск", regionSlug: "north-kazakhstan",
    lat: 54.86667, lng: 69.15, population: 222636, populationYear: 2023, populationIsEstimate: false,
    source: "pop: 1 Jan 2023 via en.wikipedia list; coords: GeoNames via VannaDii/pub-dev",
  },
  {
    slug: "turkistan", nameEn: "Turkistan", nameRu: "Туркестан", regionSlug: "turkistan",
    lat: 43.29733, lng: 68.25175, population: 220159, populationYear: 2023, populationIsEstimate: false,
    source: "pop: 1 Jan 2023 via en.wikipedia list; coords: GeoNames via VannaDii/pub-dev",
  },
  {
    slug: "kokshetau", nameEn: "Kokshetau", nameRu: "Кокшетау", regionSlug: "akmola",
    lat: 53.28333, lng: 69.4, population: 174614, populationYear: 2023, populationIsEstimate: false,
    source: "pop: 1 Jan 2023 via en.wikipedia list; coords: GeoNames via VannaDii/pub-dev",
  },
  {
    slug: "temirtau", nameEn: "Temirtau", nameRu: "Темиртау", regionSlug: "karaganda",
    lat: 50.05494, lng: 72.96464, population: 171609, populationYear: 2024, populationIsEstimate: false,
    source: "pop: 1 Jan 2024 BNS per parasat.club/news/samye-bolsie-sredi-malenkix-goroda-kazaxstana-po-cislennosti-naseleniya-270 (1 Jan 2023: 171893 en.wikipedia); coords: GeoNames via VannaDii/pub-dev",
  },
  {
    slug: "taldykorgan", nameEn: "Taldykorgan", nameRu: "Талдыкорган", regionSlug: "jetisu",
    lat: 45.01556, lng: 78.37389, population: 168686, populationYear: 2023, populationIsEstimate: false,
    source: "pop: 1 Jan 2023 via en.wikipedia list; coords: GeoNames via VannaDii/pub-dev",
  },
  {
    slug: "ekibastuz", nameEn: "Ekibastuz", nameRu: "Экибастуз", regionSlug: "pavlodar",
    lat: 51.72371, lng: 75.32287, population: 128551, populationYear: 2024, populationIsEstimate: false,
    source: "pop: 1 Jan 2024 BNS per parasat.club (Poletaev); coords: GeoNames via VannaDii/pub-dev",
  },
  {
    slug: "rudny", nameEn: "Rudny", nameRu: "Рудный", regionSlug: "kostanay",
    lat: 52.9729, lng: 63.11677, population: 111908, populationYear: 2024, populationIsEstimate: false,
    source: "pop: 1 Jan 2024 BNS per parasat.club; coords: GeoNames via VannaDii/pub-dev",
  },
  {
    slug: "zhezkazgan", nameEn: "Zhezkazgan", nameRu: "Жезказган", regionSlug: "ulytau",
    lat: 47.78333, lng: 67.76667, population: 89092, populationYear: 2023, populationIsEstimate: false,
    source: "pop: 1 Jan 2023 via en.wikipedia list; coords: GeoNames via VannaDii/pub-dev",
  },
  {
    slug: "kaskelen", nameEn: "Kaskelen", nameRu: "Каскелен", regionSlug: "almaty-region",
    lat: 43.1973, lng: 76.6231, population: 84199, populationYear: 2024, populationIsEstimate: false,
    source: "pop: 1 Jan 2024 BNS per parasat.club; coords: github samats4729-alt/logicore kz_cities.ts",
  },
  {
    slug: "zhanaozen", nameEn: "Zhanaozen", nameRu: "Жанаозен", regionSlug: "mangystau",
    lat: 43.34116, lng: 52.86192, population: 75604, populationYear: 2024, populationIsEstimate: false,
    source: "pop: 1 Jan 2024 BNS per parasat.club; coords: GeoNames via VannaDii/pub-dev",
  },
  {
    slug: "kentau", nameEn: "Kentau", nameRu: "Кентау", regionSlug: "turkistan",
    lat: 43.51672, lng: 68.50463, population: 74659, populationYear: 2024, populationIsEstimate: false,
    source: "pop: 1 Jan 2024 BNS per parasat.club; coords: GeoNames via VannaDii/pub-dev",
  },
  {
    slug: "balkhash", nameEn: "Balkhash", nameRu: "Балхаш", regionSlug: "karaganda",
    lat: 46.84806, lng: 74.995, population: 73450, populationYear: 2024, populationIsEstimate: false,
    source: "pop: 1 Jan 2024 BNS per parasat.club; coords: GeoNames via VannaDii/pub-dev",
  },
  {
    slug: "satbayev", nameEn: "Satbayev", nameRu: "Сатпаев", regionSlug: "ulytau",
    lat: 47.9, lng: 67.5333, population: 68640, populationYear: 2024, populationIsEstimate: false,
    source: "pop: 1 Jan 2024 BNS per parasat.club; coords: github samats4729-alt/logicore kz_cities.ts",
  },
  {
    slug: "kulsary", nameEn: "Kulsary", nameRu: "Кульсары", regionSlug: "atyrau",
    lat: 46.95307, lng: 54.01978, population: 66580, populationYear: 2024, populationIsEstimate: false,
    source: "pop: 1 Jan 2024 BNS per parasat.club; coords: GeoNames via VannaDii/pub-dev",
  },
  {
    slug: "konaev", nameEn: "Konaev", nameRu: "Конаев", regionSlug: "almaty-region",
    lat: 43.86681, lng: 77.06304, population: 66000, populationYear: 2025, populationIsEstimate: false,
    source: "pop: APPROX ~66k at 1 Apr 2025 (-8.2% y/y) per informburo.kz/novosti/v-kakix-gorodax-kazaxstana-naselenie-sokrashhaetsia-a-v-kakix-rastet; coords: GeoNames (Kapshagay) via VannaDii/pub-dev",
  },
  {
    slug: "talgar", nameEn: "Talgar", nameRu: "Талгар", regionSlug: "almaty-region",
    lat: 43.30348, lng: 77.24085, population: 65366, populationYear: 2024, populationIsEstimate: false,
    source: "pop: 1 Jan 2024 BNS per parasat.club; coords: GeoNames via VannaDii/pub-dev",
  },
  {
    slug: "saryagash", nameEn: "Saryagash", nameRu: "Сарыагаш", regionSlug: "turkistan",
    lat: 41.46042, lng: 69.16791, population: 62215, populationYear: 2024, populationIsEstimate: false,
    source: "pop: 1 Jan 2024 BNS per parasat.club; coords: GeoNames via VannaDii/pub-dev",
  },
  {
    slug: "zharkent", nameEn: "Zharkent", nameRu: "Жаркент", regionSlug: "jetisu",
    lat: 44.1666, lng: 80.00655, population: 53144, populationYear: 2024, populationIsEstimate: false,
    source: "pop: 1 Jan 2024 BNS per parasat.club; coords: GeoNames via VannaDii/pub-dev",
  },
  {
    slug: "arys", nameEn: "Arys", nameRu: "Арыс", regionSlug: "turkistan",
    lat: 42.43015, lng: 68.8087, population: 52123, populationYear: 2024, populationIsEstimate: false,
    source: "pop: 1 Jan 2024 BNS per parasat.club; coords: GeoNames via VannaDii/pub-dev",
  },
  {
    slug: "aksu", nameEn: "Aksu", nameRu: "Аксу", regionSlug: "pavlodar",
    lat: 52.04023, lng: 76.92748, population: 51728, populationYear: 2024, populationIsEstimate: false,
    source: "pop: 1 Jan 2024 BNS per parasat.club; coords: GeoNames via VannaDii/pub-dev",
  },
  {
    slug: "beyneu", nameEn: "Beyneu", nameRu: "Бейнеу", regionSlug: "mangystau",
    lat: 45.31667, lng: 55.2, population: 67000, populationYear: 2023, populationIsEstimate: true,
    source: "ESTIMATE: Beyneu (a village by status) is in the en.wikipedia list of places over 50k for 1 Jan 2023 but the value was not captured; ~67k is a rough figure from common knowledge, rounded to the thousand; coords: GeoNames via VannaDii/pub-dev",
  },
  {
    slug: "ridder", nameEn: "Ridder", nameRu: "Риддер", regionSlug: "east-kazakhstan",
    lat: 50.34413, lng: 83.51287, population: 48000, populationYear: 2023, populationIsEstimate: true,
    source: "ESTIMATE: below the 50k threshold of the BNS list (not verified); ~48k from common knowledge of the town's size (about 48-50k in the early 2020s), rounded down; coords: GeoNames via VannaDii/pub-dev",
  },
  {
    slug: "stepnogorsk", nameEn: "Stepnogorsk", nameRu: "Степногорск", regionSlug: "akmola",
    lat: 52.35062, lng: 71.88161, population: 47000, populationYear: 2023, populationIsEstimate: true,
    source: "ESTIMATE: below the 50k threshold of the BNS list (not verified); ~47k for the town proper from common knowledge, rounded; coords: GeoNames via VannaDii/pub-dev",
  },
  {
    slug: "shchuchinsk", nameEn: "Shchuchinsk", nameRu: "Щучинск", regionSlug: "akmola",
    lat: 52.93592, lng: 70.18895, population: 45000, populationYear: 2023, populationIsEstimate: true,
    source: "ESTIMATE: below the 50k threshold of the BNS list (not verified); ~45k from common knowledge, rounded; coords: GeoNames via VannaDii/pub-dev",
  },
  {
    slug: "lisakovsk", nameEn: "Lisakovsk", nameRu: "Лисаковск", regionSlug: "kostanay",
    lat: 52.54707, lng: 62.49987, population: 35000, populationYear: 2023, populationIsEstimate: true,
    source: "ESTIMATE: below the 50k threshold of the BNS list (not verified); ~35k from common knowledge (30-40k), rounded; coords: GeoNames via VannaDii/pub-dev",
  },
  {
    slug: "aksai", nameEn: "Aksai", nameRu: "Аксай", regionSlug: "west-kazakhstan",
    lat: 51.1681, lng: 52.99782, population: 34000, populationYear: 2023, populationIsEstimate: true,
    source: "ESTIMATE: below the 50k threshold of the BNS list (not verified); ~34k from common knowledge (30-40k), rounded; coords: GeoNames via VannaDii/pub-dev",
  },
  {
    slug: "ayagoz", nameEn: "Ayagoz", nameRu: "Аягоз", regionSlug: "abai",
    lat: 47.96447, lng: 80.43437, population: 39000, populationYear: 2023, populationIsEstimate: true,
    source: "ESTIMATE: below the 50k threshold of the BNS list (not verified); ~39k from common knowledge (35-45k), rounded; coords: GeoNames via VannaDii/pub-dev",
  },
];
