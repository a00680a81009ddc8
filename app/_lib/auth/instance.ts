import "server-only";
import { randomBytes } from "node:crypto";
import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { APIError } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import { genericOAuth } from "better-auth/plugins";
import { getDb } from "@/db/client";
import { findUserById, settingOrCreate } from "@/db/queries/users";
import { accounts, sessions, users, verifications } from "@/db/schema";
import { oidcConfigFromEnv } from "@/lib/auth/oidc-config";
import { crossSiteProblem } from "@/lib/http/origin";

/**
 * The signing secret: BETTER_AUTH_SECRET when set, else one generated on first run and kept in the
 * database (app_settings), so `npm install && npm start` needs no configuration and every process
 * sharing the database signs cookies alike.
 */
function authSecret(): string {
  const fromEnv = process.env.BETTER_AUTH_SECRET?.trim();
  if (fromEnv) return fromEnv;
  return settingOrCreate(getDb(), "better_auth_secret", () => randomBytes(32).toString("base64url"));
}

function makeAuth() {
  const oidc = oidcConfigFromEnv(process.env);
  return betterAuth({
    appName: "KZ Network Planner",
    // unset: taken from each request, so http://127.0.0.1 and https://planner.example.kz both work
    // (and cookies are Secure exactly when the request came over https)
    baseURL: process.env.BETTER_AUTH_URL || undefined,
    secret: authSecret(),
    // the origin a browser sends is trusted when it is this site's own (the same check as proxy.ts's
    // CSRF refusal: Origin against Host / X-Forwarded-Host), so no list of hosts has to be configured
    trustedOrigins: async (request) => {
      const origin = request?.headers.get("origin");
      const extra = process.env.BETTER_AUTH_TRUSTED_ORIGINS?.split(",").map((o) => o.trim()) ?? [];
      return origin && request && !crossSiteProblem(request.headers) ? [origin, ...extra] : extra;
    },
    database: drizzleAdapter(getDb(), { provider: "sqlite", schema: { user: users, session: sessions, account: accounts, verification: verifications } }),
    // accounts are made by /setup, the admin page and `npm run users`, never by self sign-up
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 8 },
    user: {
      additionalFields: {
        role: { type: "string", required: false, input: false, defaultValue: "viewer" },
        disabled: { type: "boolean", required: false, input: false, defaultValue: false },
        // set by the header's language switcher (app/_lib/language-action.ts), never by sign-up
        locale: { type: "string", required: false, input: false },
      },
    },
    session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
    // cookies are always HttpOnly and SameSite=Lax; Secure (and __Secure- named) when the public URL is
    // https. The library's fallback (Secure whenever NODE_ENV=production) would lock out a plain-http
    // air-gapped server reached by its LAN address, where browsers drop Secure cookies.
    advanced: { useSecureCookies: (process.env.BETTER_AUTH_URL ?? "").startsWith("https://") },
    // failed sign-ins are limited in the database by app/api/auth (per account and per address);
    // the library's own limiter is in memory, which several processes would not share
    rateLimit: { enabled: false },
    databaseHooks: {
      session: {
        create: {
          // a disabled account gets no new session, whichever way it signs in
          before: async (session) => {
            if (findUserById(getDb(), session.userId)?.disabled) throw new APIError("FORBIDDEN", { message: "This account is disabled." });
          },
        },
      },
    },
    plugins: [
      ...(oidc
        ? [
            genericOAuth({
              config: [
                { providerId: oidc.providerId, discoveryUrl: oidc.discoveryUrl, clientId: oidc.clientId, clientSecret: oidc.clientSecret, scopes: oidc.scopes, pkce: true },
              ],
            }),
          ]
        : []),
      nextCookies(),
    ],
  });
}

type Auth = ReturnType<typeof makeAuth>;
const globalForAuth = globalThis as unknown as { plannerAuth?: Auth };

/** The one better-auth instance, made on first use (it needs the database and the secret). */
export function getAuth(): Auth {
  globalForAuth.plannerAuth ??= makeAuth();
  return globalForAuth.plannerAuth;
}

/** The OIDC provider's id and label for the sign-in page, or null when OIDC is not configured. */
export function oidcProvider(): { id: string; name: string } | null {
  const c = oidcConfigFromEnv(process.env);
  return c ? { id: c.providerId, name: c.name } : null;
}
