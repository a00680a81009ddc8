import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { deleteDealership, getDealership, updateDealership } from "@/db/queries/dealerships";
import { idParamSchema } from "@/lib/validation/dealership-filter";
import { parseOrThrow } from "@/lib/validation/zod-errors";
import { handle, readJson } from "../../_lib/respond";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

async function idOf(context: Context) {
  return parseOrThrow(idParamSchema, (await context.params).id, "id");
}

export async function GET(_request: Request, context: Context) {
  return handle(async () => NextResponse.json({ dealership: getDealership(getDb(), await idOf(context)) }));
}

export async function PATCH(request: Request, context: Context) {
  return handle(async () => {
    const id = await idOf(context);
    return NextResponse.json({ dealership: updateDealership(getDb(), id, await readJson(request)) });
  });
}

export async function DELETE(_request: Request, context: Context) {
  return handle(async () => {
    const deleted = deleteDealership(getDb(), await idOf(context));
    return NextResponse.json({ deleted: { id: deleted.id, name: deleted.name } });
  });
}
