"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { createUser } from "@/db/queries/users";
import type { ActionResult } from "@/lib/errors";
import { localeFromHeaders } from "@/lib/request-context";
import { toAppError } from "@/app/_lib/errors";
import { refuseCrossSite } from "@/app/_lib/guard";

/**
 * Creates the first administrator. The only write open to a signed-out caller, and only while no
 * user exists: the check and the insert are one transaction (createUser's onlyIfNoUsers), so a
 * second submission, or one after the first admin exists, answers 409 and changes nothing.
 */
export async function createFirstAdminAction(_previous: ActionResult<null> | null, form: FormData): Promise<ActionResult<null>> {
  const h = await headers();
  try {
    refuseCrossSite(h);
    await createUser(getDb(), { email: String(form.get("email") ?? ""), password: String(form.get("password") ?? ""), role: "admin", onlyIfNoUsers: true });
  } catch (error) {
    return { ok: false, error: toAppError(error).toBody(localeFromHeaders(h)) };
  }
  redirect("/login?setup=done&next=%2Fmap");
}
