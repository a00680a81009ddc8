import { idParamSchema } from "@/lib/validation/dealership-filter";
import { parseOrThrow } from "@/lib/validation/zod-errors";

export type IdContext = { params: Promise<{ id: string }> };

/** The scenario id of a /api/scenarios/:id route (400 naming "id" when not a positive whole number). */
export async function scenarioIdOf(context: { params: Promise<{ id: string }> }): Promise<number> {
  return parseOrThrow(idParamSchema, (await context.params).id, "id");
}
