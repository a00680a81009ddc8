import { describe, expect, it } from "vitest";
import { AppError, formatMessage } from "../errors";
import { contextFromHeaders, localeFromHeaders, requireRole } from "../request-context";
import { crossSiteProblem } from "./origin";
import { contentSecurityPolicy, tileSource } from "./security-headers";

const h = (o: Record<string, string>) => new Headers(o);

describe("same-origin rule for writes", () => {
  it("lets through requests without Origin (scripts) and same-host origins", () => {
    expect(crossSiteProblem(h({ host: "planner.kz" }))).toBeNull();
    expect(crossSiteProblem(h({ host: "planner.kz:3000", origin: "http://planner.kz:3000" }))).toBeNull();
    expect(crossSiteProblem(h({ host: "10.0.0.2:3000", "x-forwarded-host": "planner.kz", origin: "https://planner.kz" }))).toBeNull();
  });

  it("refuses another host, another port, Origin: null and cross-site fetch metadata", () => {
    expect(crossSiteProblem(h({ host: "planner.kz", origin: "https://evil.example" }))).not.toBeNull();
    expect(crossSiteProblem(h({ host: "planner.kz:3000", origin: "http://planner.kz:4000" }))).not.toBeNull();
    expect(crossSiteProblem(h({ host: "planner.kz", origin: "null" }))).not.toBeNull();
    expect(crossSiteProblem(h({ host: "planner.kz", "sec-fetch-site": "cross-site" }))).not.toBeNull();
  });
});

describe("CSP", () => {
  it("allows the configured tile host (subdomain template as a wildcard) and forbids framing", () => {
    expect(tileSource("https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png")).toBe("https://*.tile.openstreetmap.org");
    expect(tileSource("http://tiles.local:8080/{z}/{x}/{y}.png")).toBe("http://tiles.local:8080");
    expect(tileSource("")).toBeNull();
    const csp = contentSecurityPolicy({ tileUrl: "https://tile.openstreetmap.org/{z}/{x}/{y}.png" });
    expect(csp).toContain("img-src 'self' data: blob: https://tile.openstreetmap.org");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain("unsafe-eval");
  });
});

describe("request context and messages", () => {
  it("builds the default context and checks roles through one function", () => {
    const ctx = contextFromHeaders(h({ "x-forwarded-for": "10.1.2.3, 10.0.0.1", "accept-language": "kk-KZ,en;q=0.8" }));
    expect(ctx).toMatchObject({ actor: "anonymous", role: "viewer", locale: "kk", signedIn: false, address: "10.1.2.3" });
    const signed = contextFromHeaders(h({}), { userId: "u1", email: "ann@example.com", role: "planner" });
    expect(signed).toMatchObject({ actor: "ann@example.com", userId: "u1", role: "planner", signedIn: true, address: "unknown" });
    expect(() => requireRole(signed, "planner")).not.toThrow();
    expect(() => requireRole(ctx, "planner")).toThrow(AppError);
    expect(() => requireRole({ ...ctx, role: "viewer" }, "planner")).toThrow(AppError);
    expect(localeFromHeaders(h({}))).toBe("en");
  });

  it("looks messages up by key and fills the parameters", () => {
    expect(formatMessage("rate_limited", { seconds: 12 })).toBe("Too many requests; try again in 12 s.");
    const e = new AppError("conflict", { key: "conflict.dealership_name", params: { name: "Haval Aktau" } });
    expect(e.toBody()).toEqual({ code: "conflict", message: 'A site of this brand named "Haval Aktau" already exists in this city', fields: {} });
    expect(e.status).toBe(409);
  });
});
