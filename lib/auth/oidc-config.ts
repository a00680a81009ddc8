/** Corporate sign-in (Keycloak, Azure AD, any OpenID Connect provider), read from OIDC_* variables. */
export interface OidcConfig {
  providerId: string;
  /** the button's label on /login */
  name: string;
  discoveryUrl: string;
  clientId: string;
  clientSecret: string;
  scopes: string[];
}

/**
 * The OIDC provider the environment configures, or null when OIDC_CLIENT_ID is unset (local
 * accounts only: the air-gapped default). Half a configuration is an error at start-up rather
 * than a sign-in button that fails later.
 */
export function oidcConfigFromEnv(env: Record<string, string | undefined>): OidcConfig | null {
  const clientId = env.OIDC_CLIENT_ID?.trim();
  if (!clientId) return null;
  const clientSecret = env.OIDC_CLIENT_SECRET?.trim();
  const issuer = env.OIDC_ISSUER?.trim().replace(/\/+$/, "");
  const discoveryUrl = env.OIDC_DISCOVERY_URL?.trim() || (issuer ? `${issuer}/.well-known/openid-configuration` : "");
  const missing = [!clientSecret && "OIDC_CLIENT_SECRET", !discoveryUrl && "OIDC_ISSUER (or OIDC_DISCOVERY_URL)"].filter(Boolean);
  if (missing.length > 0) throw new Error(`OIDC_CLIENT_ID is set but ${missing.join(" and ")} is missing`);
  if (!/^https?:\/\//.test(discoveryUrl)) throw new Error("OIDC_ISSUER / OIDC_DISCOVERY_URL must be an http(s) URL");
  return {
    providerId: env.OIDC_PROVIDER_ID?.trim() || "oidc",
    name: env.OIDC_NAME?.trim() || "corporate account",
    discoveryUrl,
    clientId,
    clientSecret: clientSecret!,
    scopes: (env.OIDC_SCOPES?.trim() || "openid email profile").split(/[\s,]+/).filter(Boolean),
  };
}
