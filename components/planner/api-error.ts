/** The message of an /api error body, whichever shape it has: {error: "…"} or {error: {message}}. */
export function apiErrorText(body: unknown, fallback: string): string {
  const e = (body as { error?: unknown } | null)?.error;
  if (typeof e === "string") return e;
  if (e && typeof e === "object" && typeof (e as { message?: unknown }).message === "string") return (e as { message: string }).message;
  return fallback;
}

/** The first field message of a failed action, else its summary: "The site must lie inside Kazakhstan". */
export function firstFieldError(result: { error: { message: string; fields: Record<string, string[]> } }): string {
  return Object.values(result.error.fields)[0]?.[0] ?? result.error.message;
}

export interface LocateAnswer {
  inside: boolean;
  message?: string;
  place: { slug: string; name: string; km: number; within: boolean; label: string; siteSuffix: string } | null;
}

/** Asks the server whether a site may stand at a point and which place it is nearest to. */
export async function locatePoint(lat: number, lng: number): Promise<LocateAnswer> {
  const res = await fetch(`/api/geo/locate?lat=${lat.toFixed(5)}&lng=${lng.toFixed(5)}`, { cache: "no-store" });
  const body = await res.json();
  if (!res.ok) throw new Error(apiErrorText(body, `The server answered ${res.status}`));
  return body as LocateAnswer;
}
