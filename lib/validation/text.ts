import { z } from "zod";
import "./zod-config";

// Zero-width characters, the soft hyphen, word joiners, bidi marks/embeddings/isolates, the BOM and
// the Mongolian vowel separator: invisible, so two names that look the same must not differ by them.
const INVISIBLE = /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]/g;
// C0 and C1 control characters (tab and newlines included: a one-line name has none).
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
// the same, but keeping tab and newlines (multi-line notes)
const CONTROL_EXCEPT_LINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/** True when the string holds a lone UTF-16 surrogate (it cannot be stored as valid UTF-8). */
export function hasLoneSurrogate(s: string): boolean {
  return /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s);
}

/**
 * A name as it is compared and stored: NFC, invisible and control characters removed, runs of
 * white space as one space, trimmed. "Haval Ak\u200btau" and "Haval Aktau" become the same name.
 */
export function normaliseName(s: string): string {
  return s.normalize("NFC").replace(INVISIBLE, "").replace(CONTROL, " ").replace(/\s+/g, " ").trim();
}

/** Free text (an address, notes): NFC, invisible and control characters removed, line breaks kept. */
export function normaliseText(s: string): string {
  return s.normalize("NFC").replace(INVISIBLE, "").replace(CONTROL_EXCEPT_LINES, "").trim();
}

/**
 * A string input normalised before any other rule runs (so "min 2 characters" counts visible ones):
 * lone surrogates are refused; what is left after normalising is checked by `inner`.
 */
export function normalisedString(label: string, normalise: (s: string) => string = normaliseName) {
  return z
    .string({ error: `${label} must be text` })
    .refine((s) => !hasLoneSurrogate(s), `${label} contains an invalid character (a lone UTF-16 surrogate)`)
    .transform(normalise);
}
