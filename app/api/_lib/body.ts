import { AppError } from "@/lib/errors";
import { mediaType } from "@/lib/http/origin";

/** Largest JSON body a write accepts: a dealership or a suggestion request is a few hundred bytes. */
export const MAX_JSON_BYTES = 1024 * 1024;

function tooLarge(limitBytes: number, key?: "too_large.import"): AppError {
  const limit = limitBytes >= 1024 * 1024 ? `${limitBytes / 1024 / 1024} MB` : `${Math.round(limitBytes / 1024)} kB`;
  return new AppError("too_large", { key, params: { limit } });
}

/**
 * Reads a request body as bytes, counting while it streams: over `limitBytes` the read stops (the
 * rest is never buffered) and a 413 too_large is thrown. Content-Length is only a shortcut for an
 * early refusal; a chunked upload has none and a lying one is caught by the count.
 */
export async function readBody(request: Request, limitBytes: number, key?: "too_large.import"): Promise<Uint8Array> {
  const declared = Number(request.headers.get("content-length") ?? "");
  if (Number.isFinite(declared) && declared > limitBytes) {
    await request.body?.cancel().catch(() => undefined);
    throw tooLarge(limitBytes, key);
  }
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limitBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(limitBytes, key);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/** The body as UTF-8 text (a BOM is kept for the parsers to strip), at most `limitBytes`. */
export async function readText(request: Request, limitBytes: number, key?: "too_large.import"): Promise<string> {
  return new TextDecoder("utf-8").decode(await readBody(request, limitBytes, key));
}

/** Throws 415 unless the Content-Type is one of `accepted` (media types, parameters ignored). */
export function requireContentType(request: Request, accepted: readonly string[]): void {
  const type = mediaType(request.headers.get("content-type"));
  if (!accepted.includes(type)) {
    throw new AppError("unsupported_media_type", { params: { expected: accepted.join(" or ") } });
  }
}

/** A JSON write's body: Content-Type application/json, at most 1 MB, parsed; 400 when not JSON. */
export async function readJson(request: Request): Promise<unknown> {
  requireContentType(request, ["application/json"]);
  const text = await readText(request, MAX_JSON_BYTES);
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("invalid_field", { key: "invalid_field.body_not_json", fields: { _: ["The request body must be JSON"] } });
  }
}
