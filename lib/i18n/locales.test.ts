import { describe, expect, it } from "vitest";
import { chooseLocale, cookieFromHeader, localeFromAcceptLanguage, localeFromHeaders, parseLocale } from "./locales";
import { contextFromHeaders } from "../request-context";
import { AppError, formatMessage } from "../errors";

const h = (o: Record<string, string>) => new Headers(o);

describe("choosing the language of a request", () => {
  it("takes ?lang= first, then the cookie, the profile, Accept-Language, then en", () => {
    const all = { query: "zh", cookie: "ru", profile: "kk", acceptLanguage: "ru-RU" };
    expect(chooseLocale(all)).toBe("zh");
    expect(chooseLocale({ ...all, query: null })).toBe("ru");
    expect(chooseLocale({ ...all, query: null, cookie: null })).toBe("kk");
    expect(chooseLocale({ acceptLanguage: "ru-RU" })).toBe("ru");
    expect(chooseLocale({})).toBe("en");
    // an unknown value at one step falls through to the next, not to en
    expect(chooseLocale({ query: "de", cookie: "xx", profile: "kk" })).toBe("kk");
  });

  it("picks the best supported language of an Accept-Language header", () => {
    expect(localeFromAcceptLanguage("de-DE,de;q=0.9,ru;q=0.8,en;q=0.5")).toBe("ru");
    expect(localeFromAcceptLanguage("zh-CN,zh;q=0.9")).toBe("zh");
    expect(localeFromAcceptLanguage("en;q=0.4,kk-KZ;q=0.9")).toBe("kk");
    expect(localeFromAcceptLanguage("fr,de")).toBeNull();
    expect(localeFromAcceptLanguage("ru;q=0")).toBeNull();
    expect(parseLocale("zh-Hans")).toBe("zh");
  });

  it("reads the cookie and the proxy's ?lang= header from the request", () => {
    expect(cookieFromHeader("a=1; NEXT_LOCALE=kk; b=2", "NEXT_LOCALE")).toBe("kk");
    expect(localeFromHeaders(h({ cookie: "NEXT_LOCALE=kk", "accept-language": "ru" }))).toBe("kk");
    expect(localeFromHeaders(h({ cookie: "NEXT_LOCALE=kk", "x-planner-locale": "zh" }))).toBe("zh");
    expect(localeFromHeaders(h({ "accept-language": "ru" }), "zh")).toBe("zh");
  });

  it("gives a signed-in caller's context their profile's language when nothing else says", () => {
    const ctx = contextFromHeaders(h({}), { userId: "u", email: "a@b.kz", role: "viewer", locale: "ru" });
    expect(ctx.locale).toBe("ru");
  });
});

describe("API error messages per language", () => {
  it("answers in the request's language, placeholders filled", () => {
    const e = new AppError("rate_limited", { params: { seconds: 7 } });
    expect(e.toBody("ru").message).toBe("Слишком много запросов; повторите через 7 с.");
    expect(e.toBody("zh").message).toBe("请求过多；请在 7 秒后重试。");
    expect(formatMessage("unauthorized", {}, "kk")).toBe("Мұны істеу үшін жүйеге кіріңіз.");
    expect(e.toBody().message).toBe("Too many requests; try again in 7 s.");
  });
});

describe("validation messages in the reader's language", () => {
  it("translates the schemas' messages in the fields and the main message, keeping typed values", async () => {
    const { dealershipInputSchema } = await import("../validation/dealership");
    const { parseOrThrow } = await import("../validation/zod-errors");
    let error: AppError | null = null;
    try {
      parseOrThrow(dealershipInputSchema, { brand: "", name: "x", city: "", lat: "abc", lng: 76.9, status: "planned", sales: true, service: true, parts: true, serviceBays: 2, plannedQuarter: "2026-Q1" }, "dealership");
    } catch (e) {
      error = e as AppError;
    }
    const ru = error!.toBody("ru");
    expect(ru.fields.brand).toEqual(["Выберите бренд"]);
    expect(ru.fields.lat[0]).toBe("Широта: нужно число в виде 42 или 43.25, а не «abc»");
    expect(ru.message).toContain("Выберите бренд");
    expect(error!.toBody("zh").fields.city).toEqual(["请选择城市"]);
    // English stays as the schema wrote it; an unknown text passes through
    expect(error!.toBody("en").fields.brand).toEqual(["Choose a brand"]);
  });
});

describe("import row messages", () => {
  it("are answered in the reader's language, the typed value and the suggestions kept", async () => {
    const { translateDetail } = await import("../errors/detail-translations");
    expect(translateDetail('Unknown city "Almatty"; did you mean Almaty (Алматы)?', "ru")).toBe("Неизвестный город «Almatty»; может быть, Almaty (Алматы)?");
    expect(translateDetail("Latitude: Latitude must be between -90 and 90", "zh")).toBe("纬度: 纬度必须在 -90 到 90 之间");
    expect(translateDetail("Something nobody listed", "kk")).toBe("Something nobody listed");
  });
});
