/**
 * The 41 planner cities as road-network nodes (lib/roads/national.ts) and as a test fixture: the 41 planner cities with the coordinates of /work/shared/data/kz-cities.csv
 * (GeoNames via VannaDii/pub-dev, or samats4729-alt/logicore kz_cities.ts for Shymkent, Kaskelen,
 * Satbayev — see the csv's source column). Copied so tests never read ../shared.
 */
export interface TestCity {
  slug: string;
  name: string;
  lat: number;
  lng: number;
}

/** The 41 planner cities in the csv's order (by population). */
export const TEST_CITIES: readonly TestCity[] = [
  { slug: "almaty", name: "Almaty", lat: 43.25667, lng: 76.92861 },
  { slug: "astana", name: "Astana", lat: 51.1801, lng: 71.44598 },
  { slug: "shymkent", name: "Shymkent", lat: 42.3417, lng: 69.5901 },
  { slug: "aktobe", name: "Aktobe", lat: 50.27969, lng: 57.20718 },
  { slug: "karaganda", name: "Karaganda", lat: 49.80187, lng: 73.10211 },
  { slug: "taraz", name: "Taraz", lat: 42.9, lng: 71.36667 },
  { slug: "ust-kamenogorsk", name: "Ust-Kamenogorsk (Oskemen)", lat: 49.97143, lng: 82.60586 },
  { slug: "pavlodar", name: "Pavlodar", lat: 52.28333, lng: 76.96667 },
  { slug: "atyrau", name: "Atyrau", lat: 47.11667, lng: 51.88333 },
  { slug: "semey", name: "Semey", lat: 50.42675, lng: 80.26669 },
  { slug: "kyzylorda", name: "Kyzylorda", lat: 44.85278, lng: 65.50917 },
  { slug: "kostanay", name: "Kostanay", lat: 53.21435, lng: 63.62463 },
  { slug: "aktau", name: "Aktau", lat: 43.65, lng: 51.16667 },
  { slug: "uralsk", name: "Uralsk (Oral)", lat: 51.23333, lng: 51.36667 },
  { slug: "petropavl", name: "Petropavl", lat: 54.86667, lng: 69.15 },
  { slug: "turkistan", name: "Turkistan", lat: 43.29733, lng: 68.25175 },
  { slug: "kokshetau", name: "Kokshetau", lat: 53.28333, lng: 69.4 },
  { slug: "temirtau", name: "Temirtau", lat: 50.05494, lng: 72.96464 },
  { slug: "taldykorgan", name: "Taldykorgan", lat: 45.01556, lng: 78.37389 },
  { slug: "ekibastuz", name: "Ekibastuz", lat: 51.72371, lng: 75.32287 },
  { slug: "rudny", name: "Rudny", lat: 52.9729, lng: 63.11677 },
  { slug: "zhezkazgan", name: "Zhezkazgan", lat: 47.78333, lng: 67.76667 },
  { slug: "kaskelen", name: "Kaskelen", lat: 43.1973, lng: 76.6231 },
  { slug: "zhanaozen", name: "Zhanaozen", lat: 43.34116, lng: 52.86192 },
  { slug: "kentau", name: "Kentau", lat: 43.51672, lng: 68.50463 },
  { slug: "balkhash", name: "Balkhash", lat: 46.84806, lng: 74.995 },
  { slug: "satbayev", name: "Satbayev", lat: 47.9, lng: 67.5333 },
  { slug: "kulsary", name: "Kulsary", lat: 46.95307, lng: 54.01978 },
  { slug: "konaev", name: "Konaev (ex-Kapshagay)", lat: 43.86681, lng: 77.06304 },
  { slug: "talgar", name: "Talgar", lat: 43.30348, lng: 77.24085 },
  { slug: "saryagash", name: "Saryagash", lat: 41.46042, lng: 69.16791 },
  { slug: "zharkent", name: "Zharkent", lat: 44.1666, lng: 80.00655 },
  { slug: "arys", name: "Arys", lat: 42.43015, lng: 68.8087 },
  { slug: "aksu", name: "Aksu", lat: 52.04023, lng: 76.92748 },
  { slug: "beyneu", name: "Beyneu", lat: 45.31667, lng: 55.2 },
  { slug: "ridder", name: "Ridder", lat: 50.34413, lng: 83.51287 },
  { slug: "stepnogorsk", name: "Stepnogorsk", lat: 52.35062, lng: 71.88161 },
  { slug: "shchuchinsk", name: "Shchuchinsk", lat: 52.93592, lng: 70.18895 },
  { slug: "lisakovsk", name: "Lisakovsk", lat: 52.54707, lng: 62.49987 },
  { slug: "aksai", name: "Aksai", lat: 51.1681, lng: 52.99782 },
  { slug: "ayagoz", name: "Ayagoz", lat: 47.96447, lng: 80.43437 },
];
