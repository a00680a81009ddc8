import { AppError } from "../errors";
import { ROLES, type RequestContext, type Role } from "../request-context";

/**
 * The role table: what each kind of work needs, in one place. Roles are ordered (viewer < planner
 * < admin) and each includes the ones below it.
 */
export const PERMISSIONS = {
  /** read the network, the vehicle park, reports, coverage and greedy suggestions */
  read: "viewer",
  /** download CSV/GeoJSON exports */
  export: "viewer",
  /** change dealerships, the vehicle park, sales and scenarios; import files */
  edit: "planner",
  /** run the exact (HiGHS) solver, which takes a server's CPU for seconds */
  solve_exact: "planner",
  /** add users, change roles, disable accounts, revoke tokens */
  manage_users: "admin",
} as const satisfies Record<string, Role>;

export type Permission = keyof typeof PERMISSIONS;

export function parseRole(value: unknown): Role | null {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value) ? (value as Role) : null;
}

export function can(role: Role, permission: Permission): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(PERMISSIONS[permission]);
}

/** 403 forbidden unless the caller's role allows `permission`. */
export function requirePermission(ctx: RequestContext, permission: Permission): void {
  if (!can(ctx.role, permission)) throw new AppError("forbidden", { key: "forbidden.role", params: { role: PERMISSIONS[permission] } });
}
