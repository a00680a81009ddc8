"use server";
import { getDb } from "@/db/client";
import { createUser, revokeApiTokens, setUserDisabled, setUserRole } from "@/db/queries/users";
import { requirePermission, parseRole } from "@/lib/auth/permissions";
import { AppError, fieldError } from "@/lib/errors";
import type { RequestContext } from "@/lib/request-context";
import { action, type ActionResult } from "@/app/_lib/action";

const PAGE = ["/admin/users"];

/** Admin-only actions: the wrapper verifies the caller, then each needs manage_users (403 otherwise). */
function asAdmin<T>(fn: (ctx: RequestContext) => T | Promise<T>): Promise<ActionResult<T>> {
  return action((ctx) => {
    requirePermission(ctx, "manage_users");
    return fn(ctx);
  }, PAGE);
}

function notSelf(ctx: RequestContext, id: string): void {
  // an admin cannot lock themselves out (the last admin would take the user page with them)
  if (id === ctx.userId) throw new AppError("conflict", { key: "conflict.self" });
}

export async function addUserAction(input: { email: string; password: string; role: string }): Promise<ActionResult<null>> {
  return asAdmin(async () => {
    const role = parseRole(input.role);
    if (!role) throw fieldError("role", "invalid_field.role_choice");
    await createUser(getDb(), { email: String(input.email), password: String(input.password), role });
    return null;
  });
}

export async function setRoleAction(id: string, roleName: string): Promise<ActionResult<null>> {
  return asAdmin((ctx) => {
    const role = parseRole(roleName);
    if (!role) throw fieldError("role", "invalid_field.role_choice");
    notSelf(ctx, String(id));
    setUserRole(getDb(), String(id), role);
    return null;
  });
}

export async function setDisabledAction(id: string, disabled: boolean): Promise<ActionResult<null>> {
  return asAdmin((ctx) => {
    notSelf(ctx, String(id));
    setUserDisabled(getDb(), String(id), disabled === true);
    return null;
  });
}

export async function revokeTokensAction(id: string): Promise<ActionResult<number>> {
  return asAdmin(() => revokeApiTokens(getDb(), String(id)));
}
