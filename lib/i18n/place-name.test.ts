import { describe, expect, it } from "vitest";
import { placeName } from "./place-name";

describe("placeName", () => {
  const almaty = { nameEn: "Almaty", nameRu: "Алматы", nameKk: "Алматы", nameZh: "阿拉木图" };
  const village = { nameEn: "Akkol", nameRu: "Акколь", nameKk: null };

  it("names a place in the reader's language", () => {
    expect(placeName(almaty, "en")).toBe("Almaty");
    expect(placeName(almaty, "zh")).toBe("阿拉木图");
    expect(placeName({ ...almaty, nameKk: "Алматы қаласы" }, "kk")).toBe("Алматы қаласы");
  });

  it("falls back to the Russian name where the language's is missing", () => {
    expect(placeName(village, "zh")).toBe("Акколь");
    expect(placeName(village, "kk")).toBe("Акколь");
    expect(placeName({ ...village, nameEn: " " }, "en")).toBe("Акколь");
  });
});
