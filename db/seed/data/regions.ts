import type { RegionSeed } from "./types";

/**
 * Source for the list: "17 regions and 3 cities of republican significance"; the 2022 reform created
 * Abai (centre Semey, from East Kazakhstan), Jetisu (Taldykorgan, from Almaty Region) and Ulytau
 * (Zhezkazgan, from Karaganda) and moved Almaty Region's centre to Konaev (ex-Kapshagay).
 * (kz-roads-and-regions.md, "Administrative geography (2022 reform)".)
 * Russian names are the official ones; the three new regions are officially "область Абай" etc.
 */
export const REGIONS_SOURCE =
  "Administrative division after the 2022 reform: 17 regions + 3 cities of republican significance (Astana, Almaty, Shymkent); new regions Abai/Semey, Jetisu/Taldykorgan, Ulytau/Zhezkazgan; Almaty Region centre moved to Konaev";

export const REGIONS: RegionSeed[] = [
  // cities of republican significance: each is its own centre
  { slug: "almaty-city", nameEn: "Almaty", nameRu: "Алматы", kind: "city", centre: "Almaty" },
  { slug: "astana-city", nameEn: "Astana", nameRu: "Астана", kind: "city", centre: "Astana" },
  { slug: "shymkent-city", nameEn: "Shymkent", nameRu: "Шымкент", kind: "city", centre: "Shymkent" },
  // the 17 regions, alphabetical by English name
  { slug: "abai", nameEn: "Abai Region", nameRu: "область Абай", kind: "region", centre: "Semey" },
  { slug: "akmola", nameEn: "Akmola Region", nameRu: "Акмолинская область", kind: "region", centre: "Kokshetau" },
  { slug: "aktobe", nameEn: "Aktobe Region", nameRu: "Актюбинская область", kind: "region", centre: "Aktobe" },
  { slug: "almaty-region", nameEn: "Almaty Region", nameRu: "Алматинская область", kind: "region", centre: "Konaev" },
  { slug: "atyrau", nameEn: "Atyrau Region", nameRu: "Атырауская область", kind: "region", centre: "Atyrau" },
  {
    slug: "east-kazakhstan",
    nameEn: "East Kazakhstan Region",
    nameRu: "Восточно-Казахстанская область",
    kind: "region",
    centre: "Ust-Kamenogorsk",
  },
  { slug: "jetisu", nameEn: "Jetisu Region", nameRu: "область Жетісу", kind: "region", centre: "Taldykorgan" },
  { slug: "karaganda", nameEn: "Karaganda Region", nameRu: "Карагандинская область", kind: "region", centre: "Karaganda" },
  { slug: "kostanay", nameEn: "Kostanay Region", nameRu: "Костанайская область", kind: "region", centre: "Kostanay" },
  { slug: "kyzylorda", nameEn: "Kyzylorda Region", nameRu: "Кызылординская область", kind: "region", centre: "Kyzylorda" },
  { slug: "mangystau", nameEn: "Mangystau Region", nameRu: "Мангистауская область", kind: "region", centre: "Aktau" },
  {
    slug: "north-kazakhstan",
    nameEn: "North Kazakhstan Region",
    nameRu: "Северо-Казахстанская область",
    kind: "region",
    centre: "Petropavl",
  },
  { slug: "pavlodar", nameEn: "Pavlodar Region", nameRu: "Павлодарская область", kind: "region", centre: "Pavlodar" },
  { slug: "turkistan", nameEn: "Turkistan Region", nameRu: "Туркестанская область", kind: "region", centre: "Turkistan" },
  { slug: "ulytau", nameEn: "Ulytau Region", nameRu: "область Ұлытау", kind: "region", centre: "Zhezkazgan" },
  {
    slug: "west-kazakhstan",
    nameEn: "West Kazakhstan Region",
    nameRu: "Западно-Казахстанская область",
    kind: "region",
    centre: "Uralsk",
  },
  { slug: "zhambyl", nameEn: "Zhambyl Region", nameRu: "Жамбылская область", kind: "region", centre: "Taraz" },
];
