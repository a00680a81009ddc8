// Every server action that writes is signed-in only and checks the role: found by globbing the
// app's actions.ts files, so an action added later is covered without touching this test.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

// The quick project shares modules between test files (isolate: false): another file may already have
// loaded the real next/headers through app/_lib/request-context.ts. A fresh module registry makes the
// actions (and the test helpers' database, imported after it) see this file's mocks.
let tokenFor: typeof import("@/app/api/_tests/helpers").tokenFor;
beforeAll(async () => {
  vi.resetModules();
  ({ tokenFor } = await import("@/app/api/_tests/helpers"));
});

let requestHeaders = new Headers();
vi.mock("next/headers", () => ({ headers: async () => requestHeaders }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("next/navigation", () => ({
  redirect: (to: string) => {
    throw new Error(`redirect ${to}`);
  },
}));

// /setup's action is the one write open to signed-out callers (tested below on its own); the map's
// scenario writes live in app/map/scenario-actions.ts, hence *-actions.ts too
const modules = import.meta.glob<Record<string, unknown>>(["/app/**/actions.ts", "/app/**/*-actions.ts", "!/app/setup/actions.ts"]);

async function allActions(): Promise<{ name: string; fn: (...args: unknown[]) => Promise<unknown>; file: string }[]> {
  const out = [];
  for (const [file, load] of Object.entries(modules)) {
    for (const [name, value] of Object.entries(await load())) {
      if (typeof value === "function") out.push({ name, file, fn: value as (...args: unknown[]) => Promise<unknown> });
    }
  }
  return out;
}

const as = (role: "viewer" | "planner" | null, address = "10.20.0.1") => {
  requestHeaders = new Headers({ host: "planner.test", "x-forwarded-for": address, ...(role ? { authorization: `Bearer ${tokenFor(address, role)}` } : {}) });
};

describe("server actions", () => {
  beforeEach(() => as(null));

  it("finds the write actions of the map, the registry, the vehicle park and the user admin", async () => {
    const names = (await allActions()).map((a) => a.name);
    for (const n of ["createSiteAction", "updateSiteAction", "deleteSiteAction", "changeStatusAction", "deleteDealershipAction", "setParkCellAction", "setRoleAction", "setDisabledAction", "revokeTokensAction", "addUserAction",
      "createScenarioAction", "promoteScenarioAction", "addScenarioSiteAction", "updateScenarioSiteAction"]) {
      expect(names).toContain(n);
    }
  });

  it("answer unauthorized without credentials and forbidden to a viewer, for every action", async () => {
    for (const a of await allActions()) {
      as(null);
      expect(await a.fn(1, {}), `${a.file} ${a.name} signed out`).toMatchObject({ ok: false, error: { code: "unauthorized" } });
      as("viewer", "10.20.0.2");
      expect(await a.fn(1, {}), `${a.file} ${a.name} as a viewer`).toMatchObject({ ok: false, error: { code: "forbidden" } });
    }
  });

  it("the user admin's actions are forbidden to a planner too", async () => {
    const admin = (await allActions()).filter((a) => a.file.includes("/admin/"));
    expect(admin.length).toBe(4);
    as("planner", "10.20.0.3");
    for (const a of admin) expect(await a.fn("someone", "viewer"), a.name).toMatchObject({ ok: false, error: { code: "forbidden", message: "This needs the admin role." } });
  });

  it("/setup's action refuses once a user exists (409), and refuses another site (403)", async () => {
    tokenFor("10.20.0.4", "viewer"); // a user exists
    const { createFirstAdminAction } = await import("@/app/setup/actions");
    const form = new FormData();
    form.set("email", "intruder@example.com");
    form.set("password", "long-enough-1");
    requestHeaders = new Headers({ host: "planner.test" });
    expect(await createFirstAdminAction(null, form)).toMatchObject({ ok: false, error: { code: "conflict" } });
    requestHeaders = new Headers({ host: "planner.test", origin: "https://evil.example" });
    expect(await createFirstAdminAction(null, form)).toMatchObject({ ok: false, error: { code: "forbidden" } });
  });
});
