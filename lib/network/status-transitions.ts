import { z } from "zod";
import { STATUS_LABEL, type DealershipStatus } from "./statuses";

// the labels live with the status list; re-exported here beside the steps that use them
export { STATUS_LABEL };

/**
 * The status steps a site takes as it gets built: planned → under construction → open, and any
 * site can be closed (a plan dropped, a site shut). Other changes go through the full edit form.
 */
export const STATUS_TRANSITIONS: Record<DealershipStatus, DealershipStatus[]> = {
  planned: ["under_construction", "closed"],
  under_construction: ["open", "closed"],
  open: ["closed"],
  closed: [],
};

const isoDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date such as 2025-09-01")
  .refine((s) => !Number.isNaN(Date.parse(s)) && new Date(s).toISOString().startsWith(s), "Not a real date");

/** A status step from the dealership page; opening needs the date it opened. */
export const statusChangeSchema = z.discriminatedUnion("status", [
  z.object({ status: z.literal("open"), openedOn: isoDate }),
  z.object({ status: z.literal("under_construction") }),
  z.object({ status: z.literal("closed") }),
  z.object({ status: z.literal("planned") }),
], { error: "Choose open, under construction or closed" });
export type StatusChange = z.infer<typeof statusChangeSchema>;
