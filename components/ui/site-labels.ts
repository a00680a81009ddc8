import { useTranslations } from "next-intl";
import { SITE_SERVICES, type DealershipStatus, type SiteService } from "@/lib/network/statuses";

/** The words for a site's status and services in the reader's language (the "network" namespace). */
export interface SiteLabels {
  status: (s: DealershipStatus) => string;
  /** "3S (sales, service, parts)" ("3S" when compact), else the services offered, or "none" */
  services: (s: Record<SiteService, boolean>, options?: { compact?: boolean }) => string;
}

type Translate = ReturnType<typeof useTranslations<"network">>;

// i18n-translator: t network
/** SiteLabels from a translator of the "network" namespace (shared by the hook and the server variant). */
export function siteLabelsFrom(t: Translate): SiteLabels {
  const service: Record<SiteService, string> = { sales: t("service.sales"), service: t("service.service"), parts: t("service.parts") };
  return {
    status: (s) => t(`status.${s}`),
    services: (s, options = {}) => {
      // Chinese lists with 、, the others with a comma
      const offered = SITE_SERVICES.filter((k) => s[k]).map((k) => service[k]);
      const list = offered.join(t("service.separator"));
      if (offered.length === SITE_SERVICES.length) return options.compact ? "3S" : t("service.all", { list });
      return list || t("service.none");
    },
  };
}

/** For client components and synchronous server components. */
export function useSiteLabels(): SiteLabels {
  return siteLabelsFrom(useTranslations("network"));
}
