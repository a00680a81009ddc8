// The pages e2e/i18n.spec.ts opens in every language. Data, so each area adds its own pages:
// MAIN_PAGES (shell, home, accounts, network, dealerships, vehicle park, imports) here, the
// map/report/scenarios pages in e2e/i18n-pages-b.ts.
import type { Page } from "@playwright/test";
import type { E2eRole } from "./auth-users";
import { PAGES_B } from "./i18n-pages-b";

export interface I18nPage {
  /** a short name for the test title and the screenshot file */
  name: string;
  /** the path, or a function finding it (e.g. the first dealership's page) with the signed-in page */
  path: string | ((page: Page) => Promise<string>);
  /** who opens it (a signed-in planner unless said) */
  as?: E2eRole | "signed-out";
  /** a selector that is there once the page has its data (waited for before checking) */
  ready?: string;
  /** what a reader does before the page is checked (click a place for its route, switch to print media) */
  prepare?: (page: Page) => Promise<void>;
}

/** The first dealership's page (the seed has hundreds). */
async function firstDealership(page: Page): Promise<string> {
  const res = await page.request.get("/api/dealerships?limit=1");
  const body = (await res.json()) as { dealerships?: { id: number }[]; items?: { id: number }[] };
  const id = (body.dealerships ?? body.items ?? [])[0]?.id;
  if (!id) throw new Error("no dealership in the e2e database");
  return `/dealerships/${id}`;
}

export const MAIN_PAGES: I18nPage[] = [
  { name: "home", path: "/" },
  { name: "login", path: "/login", as: "signed-out", ready: "form" },
  { name: "admin-users", path: "/admin/users", as: "admin", ready: "table" },
  { name: "network", path: "/network", ready: "table" },
  { name: "dealerships", path: "/dealerships", ready: "table" },
  { name: "dealership-new", path: "/dealerships/new", ready: "form" },
  { name: "dealership-import", path: "/dealerships/import", ready: "textarea" },
  { name: "dealership", path: firstDealership },
  { name: "dealership-edit", path: async (page) => `${await firstDealership(page)}/edit`, ready: "form" },
  { name: "vehicle-park", path: "/vehicle-park", ready: "table" },
  { name: "sales", path: "/sales", ready: "table" },
];

export const I18N_PAGES: I18nPage[] = [...MAIN_PAGES, ...PAGES_B];
