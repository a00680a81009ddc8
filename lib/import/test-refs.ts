// Reference lists for the parser tests: the real seed cities and brands with made-up ids.
import { BRANDS, CITIES } from "../../db/seed/data";
import type { ImportReferences } from "./types";

export const TEST_REFS: ImportReferences = {
  cities: CITIES.map((c, i) => ({ id: i + 1, slug: c.slug, nameEn: c.nameEn, nameRu: c.nameRu })),
  brands: BRANDS.map((b, i) => ({ id: i + 1, slug: b.slug, name: b.name })),
};
