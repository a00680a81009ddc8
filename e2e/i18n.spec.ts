// Issue 16: every page in every language, and how the language is chosen. The pages come from
// e2e/i18n-pages.ts (add yours there); screenshots land in test-results/i18n/<page>-<locale>.png.
import { execFileSync } from "node:child_process";
import { expect, test, type Page } from "@playwright/test";
import { E2E_PASSWORD, storageStateOf } from "./auth-users";
import { blockWebTiles } from "./helpers";
import { I18N_PAGES } from "./i18n-pages";

const LOCALES = ["en", "ru", "kk", "zh"] as const;
const E2E_DB = process.env.E2E_DATABASE_PATH ?? "data/e2e.db";
const signedOut = { cookies: [], origins: [] };

function withLang(path: string, locale: string): string {
  return `${path}${path.includes("?") ? "&" : "?"}lang=${locale}`;
}

interface PageProblems {
  rawKeys: string[];
  overflowing: string[];
}

/**
 * What a reader would see wrong, found in the page itself:
 * - a raw message key ("nav.home") as visible text or as an aria-label/title/placeholder;
 * - text wider than its box (scrollWidth > clientWidth) on an element that is not meant to scroll
 *   or clip (overflow auto/scroll, text-overflow: ellipsis and the map are left out), and a page
 *   wider than the window.
 */
function findProblems(): PageProblems {
  const KEY = /^[a-z][a-zA-Z]*(\.[a-zA-Z][a-zA-Z0-9_]*)+$/;
  const rawKeys: string[] = [];
  const visible = (el: Element) => (el as HTMLElement).getClientRects().length > 0 && getComputedStyle(el).visibility !== "hidden";
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const textParents = new Set<HTMLElement>();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent?.trim() ?? "";
    const parent = node.parentElement;
    if (!text || !parent || ["SCRIPT", "STYLE", "NOSCRIPT"].includes(parent.tagName) || !visible(parent)) continue;
    if (KEY.test(text)) rawKeys.push(text);
    textParents.add(parent);
  }
  for (const el of document.querySelectorAll("[aria-label], [title], [placeholder]")) {
    for (const attr of ["aria-label", "title", "placeholder"]) {
      const v = el.getAttribute(attr)?.trim();
      if (v && KEY.test(v)) rawKeys.push(`${attr}=${v}`);
    }
  }
  const overflowing: string[] = [];
  const intentional = (el: Element | null): boolean => {
    for (let e = el; e && e !== document.body; e = e.parentElement) {
      const s = getComputedStyle(e);
      if (["auto", "scroll"].includes(s.overflowX) || s.textOverflow === "ellipsis" || e.classList.contains("leaflet-container")) return true;
    }
    return false;
  };
  for (const el of textParents) {
    // inline boxes have no width of their own: check the block they sit in
    let box: HTMLElement | null = el;
    while (box && getComputedStyle(box).display === "inline") box = box.parentElement;
    if (!box || box === document.body || intentional(box)) continue;
    if (box.scrollWidth > box.clientWidth + 1 && box.clientWidth > 0) {
      overflowing.push(`${box.tagName.toLowerCase()}${box.className ? "." + String(box.className).split(" ")[0] : ""} "${(box.textContent ?? "").trim().slice(0, 50)}" ${box.scrollWidth}>${box.clientWidth}`);
    }
  }
  if (document.documentElement.scrollWidth > window.innerWidth + 1) overflowing.push(`page ${document.documentElement.scrollWidth}>${window.innerWidth}`);
  return { rawKeys, overflowing: [...new Set(overflowing)] };
}

for (const entry of I18N_PAGES) {
  test.describe(`page ${entry.name}`, () => {
    test.use({ storageState: entry.as === "signed-out" ? signedOut : storageStateOf(entry.as ?? "planner") });
    for (const locale of LOCALES) {
      test(`in ${locale}: html[lang], no raw keys, no overflowing text`, async ({ page }) => {
        await blockWebTiles(page);
        const path = typeof entry.path === "string" ? entry.path : await entry.path(page);
        await page.goto(withLang(path, locale));
        await expect(page.locator("html")).toHaveAttribute("lang", locale);
        if (entry.ready) await page.locator(entry.ready).first().waitFor();
        await page.waitForLoadState("networkidle");
        if (entry.prepare) await entry.prepare(page);
        await page.screenshot({ path: `test-results/i18n/${entry.name}-${locale}.png`, fullPage: true });
        const problems = await page.evaluate(findProblems);
        expect(problems.rawKeys, "raw message keys on the page").toEqual([]);
        expect(problems.overflowing, "text wider than its box").toEqual([]);
      });
    }
  });
}

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });
  for (const locale of LOCALES) {
    test(`in ${locale}: the header and the registry fit the width`, async ({ page }) => {
      await blockWebTiles(page);
      for (const path of ["/", "/dealerships"]) {
        await page.goto(withLang(path, locale));
        await page.waitForLoadState("networkidle");
        const wide = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(wide, `${path} scrolls sideways`).toBeLessThanOrEqual(1);
        const header = (await page.locator("header.app-nav").boundingBox())!;
        expect(header.height, "the header stays one row").toBeLessThanOrEqual(56);
      }
      await page.screenshot({ path: `test-results/i18n/phone-dealerships-${locale}.png` });
    });
  }
});

async function htmlLang(page: Page): Promise<string | null> {
  return page.locator("html").getAttribute("lang");
}

test.describe("choosing the language", () => {
  test("?lang= sticks in a cookie for the next pages", async ({ page, context }) => {
    await page.goto("/network?lang=kk");
    expect(await htmlLang(page)).toBe("kk");
    await page.goto("/dealerships");
    expect(await htmlLang(page)).toBe("kk");
    expect((await context.cookies()).find((c) => c.name === "NEXT_LOCALE")?.value).toBe("kk");
    await expect(page.getByRole("heading", { level: 1, name: "Дилерлік және сервистік орталықтар" })).toBeVisible();
  });

  test("without a choice the browser's Accept-Language decides, then English", async ({ browser, baseURL }) => {
    for (const [acceptLanguage, expected] of [["ru-RU,ru;q=0.9,en;q=0.5", "ru"], ["de-DE,de;q=0.9", "en"], ["zh-CN,zh;q=0.9", "zh"]]) {
      const context = await browser.newContext({ baseURL, storageState: storageStateOf("viewer"), locale: acceptLanguage.split(",")[0], extraHTTPHeaders: { "accept-language": acceptLanguage } });
      const page = await context.newPage();
      await page.goto("/");
      expect(await htmlLang(page)).toBe(expected);
      await context.close();
    }
  });

  test("the header's menu switches the language, and a signed-in user keeps it on their profile", async ({ browser, baseURL }) => {
    // a user of its own, so the shared e2e accounts keep English for the other specs
    const email = `lang-${Date.now()}@e2e.test`;
    execFileSync("npx", ["tsx", "scripts/users.ts", "add", "--email", email, "--password", E2E_PASSWORD, "--role", "viewer"], {
      env: { ...process.env, DATABASE_PATH: E2E_DB },
    });
    const first = await browser.newContext({ baseURL, storageState: signedOut });
    const page = await first.newPage();
    await page.goto("/login");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(E2E_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByTestId("signed-in-as")).toContainText(email);
    expect(await htmlLang(page)).toBe("en");
    // keyboard only: focus the menu, open it, pick Русский
    const summary = page.getByTestId("language-switcher").locator("summary");
    await summary.focus();
    await page.keyboard.press("Enter");
    await page.getByRole("button", { name: "Русский" }).focus();
    await page.keyboard.press("Enter");
    await expect(page.locator("html")).toHaveAttribute("lang", "ru");
    await expect(page.getByRole("button", { name: "Выйти" })).toBeVisible();
    await first.close();

    // another browser, no cookie, an English Accept-Language: the profile's choice wins
    const second = await browser.newContext({ baseURL, storageState: signedOut, extraHTTPHeaders: { "accept-language": "en-US" } });
    const again = await second.newPage();
    await again.goto("/login");
    await again.getByLabel("Email").fill(email);
    await again.getByLabel("Password").fill(E2E_PASSWORD);
    await again.getByRole("button", { name: "Sign in" }).click();
    await expect(again.getByTestId("signed-in-as")).toContainText(email);
    expect(await htmlLang(again)).toBe("ru");
    await second.close();
  });
});
