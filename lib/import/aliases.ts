/**
 * Other names planners' files use for the same city (the 2019-22 renamings, Kazakh transliterations,
 * Soviet names). Keyed by our slug; matched like any other name, so "nur sultan" finds Astana.
 */
export const CITY_ALIASES: Readonly<Record<string, readonly string[]>> = {
  astana: ["Nur-Sultan", "Нур-Султан", "Akmola", "Tselinograd"],
  "ust-kamenogorsk": ["Oskemen", "Öskemen", "Өскемен"],
  uralsk: ["Oral", "Орал"],
  karaganda: ["Karagandy", "Qaraghandy", "Қарағанды"],
  kostanay: ["Kostanai", "Qostanay"],
  petropavl: ["Petropavlovsk", "Петропавл"],
  aktobe: ["Aktyubinsk", "Актюбинск"],
  semey: ["Semipalatinsk", "Семипалатинск"],
  konaev: ["Kapchagay", "Kapshagay", "Қонаев", "Капчагай", "Конаев"],
  kyzylorda: ["Qyzylorda"],
  shymkent: ["Chimkent", "Чимкент"],
  turkistan: ["Turkestan", "Туркестан"],
  taldykorgan: ["Taldyqorgan"],
};
