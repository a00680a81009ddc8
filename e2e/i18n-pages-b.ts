// The map, planner, report and scenario pages for e2e/i18n.spec.ts (see I18nPage in i18n-pages.ts).
import type { I18nPage } from "./i18n-pages";

export const PAGES_B: I18nPage[] = [];
