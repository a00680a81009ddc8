// Calls route handlers in-process, on a fresh in-memory database (getDb reads DATABASE_PATH on first use).
import { randomUUID } from "node:crypto";
import { getDb } from "@/db/client";
import { createApiToken } from "@/db/queries/users";
import { users } from "@/db/schema";
import type { Role } from "@/lib/request-context";

process.env.DATABASE_PATH = ":memory:";

const tokens = new Map<string, string>();

/**
 * An API token of a user of `role` who calls from `address`: each address is its own person, so
 * per-caller limits (rate limits, the solver queue) keep apart as they would for separate users.
 * The user is made without a password (tokens are all these tests use).
 */
export function tokenFor(address: string, role: Role = "planner"): string {
  const key = `${role}:${address}`;
  let token = tokens.get(key);
  if (!token) {
    const id = randomUUID();
    getDb().insert(users).values({ id, email: `${role}-${address}@test.example`, name: `${role} at ${address}`, role }).run();
    token = createApiToken(getDb(), id);
    tokens.set(key, token);
  }
  return token;
}

let nextAddress = 1;

/** A client address of its own, so one test's rate-limit counts never spill into another's. */
export function freshAddress(): string {
  return `10.0.${Math.floor(nextAddress / 250)}.${(nextAddress++ % 250) + 1}`;
}

export interface Call {
  method?: string;
  path: string;
  body?: BodyInit | null;
  headers?: Record<string, string>;
  address?: string;
  /** who calls (an API token of that role); null: no credentials. Default planner. */
  role?: Role | null;
}

/** A Request as Next hands it to a handler (Host set, client address in X-Forwarded-For, a planner's token). */
export function makeRequest({ method = "GET", path, body = null, headers = {}, address = freshAddress(), role = "planner" }: Call): Request {
  const auth: Record<string, string> = role ? { authorization: `Bearer ${tokenFor(address, role)}` } : {};
  const init: RequestInit & { duplex?: "half" } = {
    method,
    body,
    headers: { host: "planner.test", "x-forwarded-for": address, ...auth, ...headers },
  };
  if (body instanceof ReadableStream) init.duplex = "half";
  return new Request(`http://planner.test${path}`, init);
}

/** JSON body headers of a same-origin browser request. */
export const JSON_SAME_ORIGIN = { "content-type": "application/json", origin: "http://planner.test" };

/** A valid new dealership (planned Hongqi site in Kokshetau) with the given name. */
export function site(name: string, extra: Record<string, unknown> = {}) {
  return {
    brand: "hongqi", name, city: "kokshetau", lat: 53.28, lng: 69.39, status: "planned", plannedQuarter: "2026-Q4",
    sales: true, service: true, parts: true, serviceBays: 4, ...extra,
  };
}

/**
 * A body stream of `totalBytes` in 64 kB chunks that records how many bytes the server pulled:
 * a reader that stops at the limit leaves most of it unread.
 */
export function countingStream(totalBytes: number, fill = "x"): { stream: ReadableStream<Uint8Array>; pulled: () => number } {
  const chunk = new TextEncoder().encode(fill.repeat(64 * 1024));
  let sent = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= totalBytes) return controller.close();
      sent += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  return { stream, pulled: () => sent };
}
