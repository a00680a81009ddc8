import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { handlePublic } from "../_lib/respond";
import { sql } from "drizzle-orm";
import { AppError } from "@/lib/errors";

export const dynamic = "force-dynamic";

/** 200 {"ok":true} once the database is migrated and seeded. */
export async function GET() {
  return handlePublic(() => {
    const db = getDb();
    const { n } = db.get<{ n: number }>(sql`select count(*) as n from cities`);
    if (n === 0) throw new AppError("unavailable");
    return NextResponse.json({ ok: true });
  });
}
