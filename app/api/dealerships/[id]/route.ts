import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { deleteDealership, getDealership, updateDealership } from "@/db/queries/dealerships";
import { idParamSchema } from "@/lib/validation/dealership-filter";
import { parseOrThrow } from "@/lib/validation/zod-errors";
import { handle, handleWrite, readJson } from "../../_lib/respond";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

async function idOf(context: Context) {
  return parseOrThrow(idParamSchema, (await context.params).id, "id");
}

export async function GET(request: Request, context: Context) {
  return handle(async () => NextResponse.json({ dealership: getDealership(getDb(), await idOf(context)) }), request);
}

export async function PATCH(request: Request, context: Context) {
  return handleWrite(request, "writes", async (ctx) => {
    const id = await idOf(context);
    return NextResponse.json({ dealership: updateDealership(getDb(), ctx, id, await readJson(request)) });
  });
}

export async function DELETE(request: Request, context: Context) {
  return handleWrite(request, "writes", async (ctx) => {
    const deleted = deleteDealership(getDb(), ctx, await idOf(context));
    return NextResponse.json({ deleted: { id: deleted.id, name: deleted.name } });
  });
}
