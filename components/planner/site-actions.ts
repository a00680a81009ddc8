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
  /**
   * takes back the site's latest change (a move, a delete) unless it changed since `updatedAt`; absent in a
   * scenario, whose edits are taken back on its own page
   */
  undoSite?: (id: number, updatedAt: string) => Promise<SiteActionResult>;
}

/** The registry's status step (planned -> under construction -> open, or -> closed). */
export type ChangeStatusAction = (id: number, change: { status: DealershipStatus; openedOn?: string }) => Promise<SiteActionResult>;

/** Takes back a site's latest change (the status step just made) unless it changed since `updatedAt`. */
export type UndoChangeAction = (id: number, updatedAt: string) => Promise<SiteActionResult>;

/** Puts a site back to the version one of its history entries recorded. */
export type RestoreVersionAction = (id: number, auditId: number) => Promise<SiteActionResult>;
