import { describe, expect, it } from "vitest";
import { formatDateTime, formatInt, formatShare, formatShareDelta, formatTravel } from "./format";

describe("formatting numbers for the reader's language", () => {
  it("groups thousands as Intl does for the locale: 41 371 in ru and kk, 41,371 in en and zh", () => {
    expect(formatInt(41371)).toBe("41,371");
    expect(formatInt(41371, "zh")).toBe("41,371");
    // Intl's group separator for Russian and Kazakh is a no-break space (narrow in current CLDR)
    expect(formatInt(41371, "ru")).toMatch(/^41[\u00a0\u202f]371$/);
    expect(formatInt(41371, "kk")).toMatch(/^41[\u00a0\u202f]371$/);
    expect(formatInt(null, "ru")).toBe("–");
  });

  it("writes shares, deltas and travel with the locale's decimal mark and unit words", () => {
    expect(formatShare(0.834)).toBe("83.4 %");
    expect(formatShare(0.834, "ru")).toBe("83,4\u00a0%");
    expect(formatShareDelta(-0.023, "en")).toBe("−2.3 pp");
    expect(formatTravel(125, "minutes")).toBe("2 h 05 min");
    expect(formatTravel(125, "minutes", "ru")).toBe("2\u00a0ч 05\u00a0мин");
    expect(formatTravel(312, "km", "zh")).toBe("312公里");
    expect(formatTravel(null, "km", "kk")).toBe("нүкте жоқ");
  });

  it("prints dates in Kazakhstan's time in the locale's order", () => {
    const d = new Date("2026-03-05T20:30:00Z"); // 01:30 on 6 March in Almaty (UTC+5)
    expect(formatDateTime(d, "en", true)).toBe("Mar 6, 2026");
    expect(formatDateTime(d, "zh", true)).toBe("2026年3月6日");
    expect(formatDateTime(d, "ru")).toContain("01:30");
  });
});
