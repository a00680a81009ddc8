import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

/** A page's <title> in the reader's language: "Dealerships · KZ Network Planner". */
export async function titled(page: string): Promise<Metadata> {
  const t = await getTranslations("common");
  return { title: t("pageTitle", { page, app: t("appTitle") }) };
}
