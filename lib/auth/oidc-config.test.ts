import { describe, expect, it } from "vitest";
import { oidcConfigFromEnv } from "./oidc-config";

describe("OIDC configuration from the environment", () => {
  it("is off without OIDC_CLIENT_ID (local accounts only)", () => {
    expect(oidcConfigFromEnv({})).toBeNull();
  });

  it("derives the discovery URL from a Keycloak realm issuer", () => {
    const c = oidcConfigFromEnv({ OIDC_CLIENT_ID: "planner", OIDC_CLIENT_SECRET: "s", OIDC_ISSUER: "https://sso.example.kz/realms/dealers/", OIDC_NAME: "Keycloak" });
    expect(c).toEqual({
      providerId: "oidc",
      name: "Keycloak",
      discoveryUrl: "https://sso.example.kz/realms/dealers/.well-known/openid-configuration",
      clientId: "planner",
      clientSecret: "s",
      scopes: ["openid", "email", "profile"],
    });
  });

  it("refuses half a configuration, naming what is missing", () => {
    expect(() => oidcConfigFromEnv({ OIDC_CLIENT_ID: "planner" })).toThrow("OIDC_CLIENT_SECRET and OIDC_ISSUER (or OIDC_DISCOVERY_URL) is missing");
    expect(() => oidcConfigFromEnv({ OIDC_CLIENT_ID: "p", OIDC_CLIENT_SECRET: "s", OIDC_DISCOVERY_URL: "ftp://x" })).toThrow("http(s) URL");
  });
});
