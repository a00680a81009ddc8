import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { systemContext } from "../request-context";
import { can, parseRole, requirePermission } from "./permissions";

describe("the role table", () => {
  it("lets a viewer read and export but not edit, solve exactly or manage users", () => {
    expect(can("viewer", "read")).toBe(true);
    expect(can("viewer", "export")).toBe(true);
    expect(can("viewer", "edit")).toBe(false);
    expect(can("viewer", "solve_exact")).toBe(false);
    expect(can("viewer", "manage_users")).toBe(false);
  });

  it("lets a planner edit and run the exact solver but not manage users", () => {
    expect(can("planner", "read")).toBe(true);
    expect(can("planner", "edit")).toBe(true);
    expect(can("planner", "solve_exact")).toBe(true);
    expect(can("planner", "manage_users")).toBe(false);
  });

  it("lets an admin do everything", () => {
    for (const p of ["read", "export", "edit", "solve_exact", "manage_users"] as const) expect(can("admin", p)).toBe(true);
  });

  it("answers 403 forbidden naming the role needed", () => {
    const viewer = { ...systemContext("v@example.com"), role: "viewer" as const };
    let caught: unknown;
    try {
      requirePermission(viewer, "edit");
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(AppError);
    expect((caught as AppError).status).toBe(403);
    expect((caught as AppError).message).toBe("This needs the planner role.");
    expect(() => requirePermission({ ...viewer, role: "planner" }, "edit")).not.toThrow();
  });

  it("parses only the three role names", () => {
    expect(parseRole("admin")).toBe("admin");
    expect(parseRole("root")).toBeNull();
    expect(parseRole(undefined)).toBeNull();
  });
});
