// Reference lists for the parser tests: a fixed part of the planner's cities and brands, written out
// here so that lib/ tests need nothing from db/ and a seed change cannot move these tests' answers.
import type { ImportReferences } from "./types";

const CITIES: [slug: string, nameEn: string, nameRu: string][] = [
  ["almaty", "Almaty", "Алматы"],
  ["astana", "Astana", "Астана"],
  ["shymkent", "Shymkent", "Шымкент"],
  ["aktobe", "Aktobe", "Актобе"],
  ["karaganda", "Karaganda", "Караганда"],
  ["taraz", "Taraz", "Тараз"],
  ["ust-kamenogorsk", "Ust-Kamenogorsk", "Усть-Каменогорск"],
  ["pavlodar", "Pavlodar", "Павлодар"],
  ["atyrau", "Atyrau", "Атырау"],
  ["semey", "Semey", "Семей"],
  ["kyzylorda", "Kyzylorda", "Кызылорда"],
  ["kostanay", "Kostanay", "Костанай"],
  ["aktau", "Aktau", "Актау"],
  ["uralsk", "Uralsk", "Уральск"],
  ["petropavl", "Petropavl", "Петропавловск"],
];

const BRANDS: [slug: string, name: string][] = [
  ["haval", "Haval"],
  ["tank", "Tank"],
  ["wey", "Wey"],
  ["chery", "Chery"],
  ["geely", "Geely"],
  ["li-auto", "Li Auto"],
  ["yutong", "Yutong"],
];

export const TEST_REFS: ImportReferences = {
  cities: CITIES.map(([slug, nameEn, nameRu], i) => ({ id: i + 1, slug, nameEn, nameRu })),
  brands: BRANDS.map(([slug, name], i) => ({ id: i + 1, slug, name })),
};
