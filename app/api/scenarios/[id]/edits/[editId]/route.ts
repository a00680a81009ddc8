import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { removeScenarioEdit } from "@/db/queries/scenarios";
import { idParamSchema } from "@/lib/validation/dealership-filter";
import { parseOrThrow } from "@/lib/validation/zod-errors";
import { handleWrite } from "../../../../_lib/respond";
import { scenarioIdOf } from "../../../_lib/params";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string; editId: string }> };

/** DELETE /api/scenarios/:id/edits/:editId removes one edit. */
export async function DELETE(request: Request, context: Context) {
  return handleWrite(request, "writes", async (ctx) => {
    const id = await scenarioIdOf(context);
    const editId = parseOrThrow(idParamSchema, (await context.params).editId, "editId");
    removeScenarioEdit(getDb(), ctx, id, editId);
    return NextResponse.json({ deleted: { id: editId } });
  });
}
