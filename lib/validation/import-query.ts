import { z } from "zod";

/** Query string of POST /api/import/*: dryRun (default true: preview only) and the file format. */
export const importQuerySchema = z.object({
  dryRun: z
    .enum(["true", "false", "1", "0"], { error: "dryRun must be true or false" })
    .default("true")
    .transform((v) => v === "true" || v === "1"),
  format: z.enum(["csv", "geojson"], { error: "format must be csv or geojson" }).optional(),
});
export type ImportQuery = z.infer<typeof importQuerySchema>;
