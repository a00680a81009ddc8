// The one list of dealership statuses and services: the database's check constraint, the zod
// schemas, the filters and every label are built from these.

/** A site's life: planned -> under construction -> open; any site can be closed. */
export const DEALERSHIP_STATUSES = ["open", "planned", "under_construction", "closed"] as const;
export type DealershipStatus = (typeof DEALERSHIP_STATUSES)[number];

/** How planners say each status. */
export const STATUS_LABEL: Record<DealershipStatus, string> = {
  open: "open",
  planned: "planned",
  under_construction: "under construction",
  closed: "closed",
};

/** Statuses of a site that is not open yet but will be (it counts with planned openings, and can be moved on the map). */
export const PENDING_STATUSES: readonly DealershipStatus[] = ["planned", "under_construction"];

/** True for a planned or under-construction site. */
export function isPendingStatus(status: DealershipStatus): boolean {
  return PENDING_STATUSES.includes(status);
}

/** A zero count per status. */
export function emptyStatusCounts(): Record<DealershipStatus, number> {
  return Object.fromEntries(DEALERSHIP_STATUSES.map((s) => [s, 0])) as Record<DealershipStatus, number>;
}

/** What a site offers: sales (showroom), service (workshop bays), parts. */
export const SITE_SERVICES = ["sales", "service", "parts"] as const;
export type SiteService = (typeof SITE_SERVICES)[number];

/** "3S (sales, service, parts)" ("3S" when compact) for a full site, otherwise the services it offers, or "none". */
export function servicesLabel(s: Record<SiteService, boolean>, options: { compact?: boolean } = {}): string {
  const offered = SITE_SERVICES.filter((k) => s[k]);
  if (offered.length === SITE_SERVICES.length) return options.compact ? "3S" : `3S (${offered.join(", ")})`;
  return offered.join(", ") || "none";
}
