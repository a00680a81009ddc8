import { z } from "zod";

/**
 * `?sep=` of a CSV download: "," (default) or ";" for a spreadsheet in a Russian (decimal-comma)
 * locale; also spelled `sep=semicolon` or `delimiter=semicolon`.
 */
export const csvSeparatorSchema = z
  .enum([",", ";", "comma", "semicolon"], { error: 'sep must be "," or ";" (or comma, semicolon)' })
  .optional()
  .transform((v) => (v === ";" || v === "semicolon" ? ";" : ",") as "," | ";");

/** The separator asked for in a query string (sep= or delimiter=). */
export function csvSeparatorFrom(params: URLSearchParams) {
  return csvSeparatorSchema.safeParse(params.get("sep") ?? params.get("delimiter") ?? undefined);
}
