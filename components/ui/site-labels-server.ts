import { getTranslations } from "next-intl/server";
import { siteLabelsFrom, type SiteLabels } from "./site-labels";

/** SiteLabels for async server components and pages. */
export async function getSiteLabels(): Promise<SiteLabels> {
  const t = await getTranslations("network");
  return siteLabelsFrom(t);
}
