// proxy.ts: security headers on every response, cross-site writes (server actions included) and
// malformed paths refused before Next handles them.
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { proxy } from "@/proxy";
import "./helpers";

const req = (path: string, init: { method?: string; headers?: Record<string, string> } = {}) =>
  new NextRequest(`http://planner.test${path}`, { method: init.method ?? "GET", headers: { host: "planner.test", ...init.headers } });

describe("proxy", () => {
  it("sets CSP (no framing, the tile server allowed), nosniff and Referrer-Policy on pages and API answers", async () => {
    process.env.NEXT_PUBLIC_TILE_URL = "https://{s}.tiles.example.org/{z}/{x}/{y}.png";
    for (const path of ["/map", "/api/health", "/_next/static/chunks/app.js"]) {
      const res = await proxy(req(path));
      const csp = res.headers.get("content-security-policy") ?? "";
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toMatch(/img-src 'self' data: blob: https:\/\/\*\.tiles\.example\.org/);
      expect(csp).toContain("object-src 'none'");
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    }
    delete process.env.NEXT_PUBLIC_TILE_URL;
  });

  it("answers a server action from another site 403 before Next sees it; lets a same-origin one through", async () => {
    const foreign = await proxy(req("/map", { method: "POST", headers: { "next-action": "abc123", origin: "https://evil.example", "content-type": "text/plain" } }));
    expect(foreign.status).toBe(403);
    expect((await foreign.json()).error.code).toBe("forbidden");
    expect(foreign.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    const own = await proxy(req("/map", { method: "POST", headers: { "next-action": "abc123", origin: "http://planner.test" } }));
    expect(own.headers.get("x-middleware-next")).toBe("1");
  });

  it("answers a malformed escape in the path 400", async () => {
    const res = await proxy(req("/api/dealerships/%ff"));
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe("invalid_field");
  });
});
