import type { DealershipView } from "@/db/queries/dealerships";
import type { ActionResult } from "@/lib/errors";
import type { DealershipStatus } from "@/lib/validation/dealership";

/** What a site write answers: the saved site, or the error with its field messages. */
export type SiteActionResult = ActionResult<DealershipView>;

/**
 * The server actions that write dealerships. Components receive them as props from the page (app/),
 * so components never import app/ code (the layer rule in eslint.layers.mjs).
 */
export interface SiteActions {
  createSite: (input: unknown) => Promise<SiteActionResult>;
  updateSite: (id: number, patch: unknown) => Promise<SiteActionResult>;
  deleteSite: (id: number) => Promise<SiteActionResult>;
}

/** The registry's status step (planned -> under construction -> open, or -> closed). */
export type ChangeStatusAction = (id: number, change: { status: DealershipStatus; openedOn?: string }) => Promise<SiteActionResult>;
