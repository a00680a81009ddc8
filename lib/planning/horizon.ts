import type { ServiceSite } from "../coverage/types";
import type { DealershipStatus } from "../network/statuses";

// A horizon is how far ahead the network is counted: open sites only (today), or with the planned
// openings up to a quarter (`until`). Not a named scenario: those are saved variants of the network.

/** A site with what horizon selection needs beyond the coverage engine's fields. */
export interface CandidateServiceSite extends ServiceSite {
  status: DealershipStatus;
  service: boolean;
}

export interface HorizonOptions {
  includePlanned: boolean;
  /** last quarter of planned openings to count ("2025-Q4"); all when absent */
  until?: string;
}

/**
 * The sites that serve after-sales demand within a horizon: service-capable, not closed; open only,
 * or open + under construction + planned (up to `until`) when planned openings are included.
 */
export function horizonServiceSites<T extends CandidateServiceSite>(sites: readonly T[], options: HorizonOptions): T[] {
  return sites.filter((s) => {
    if (!s.service || s.status === "closed") return false;
    if (s.status === "open") return true;
    if (!options.includePlanned) return false;
    // "YYYY-Qn" strings sort chronologically; a site without a quarter counts as soon as plans do
    return !options.until || !s.plannedQuarter || s.plannedQuarter <= options.until;
  });
}
