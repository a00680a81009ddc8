// Calls route handlers in-process, on a fresh in-memory database (getDb reads DATABASE_PATH on first use).
process.env.DATABASE_PATH = ":memory:";

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
}

/** A Request as Next hands it to a handler (Host set, client address in X-Forwarded-For). */
export function makeRequest({ method = "GET", path, body = null, headers = {}, address = freshAddress() }: Call): Request {
  const init: RequestInit & { duplex?: "half" } = {
    method,
    body,
    headers: { host: "planner.test", "x-forwarded-for": address, ...headers },
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
