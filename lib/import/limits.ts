/** Largest import accepted, in bytes (UTF-8): bigger files are refused before parsing. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
/** Most data rows (or features) one import may hold. */
export const MAX_IMPORT_ROWS = 100_000;
/** At most this many row problems are reported: a wholly wrong file should not answer megabytes. */
export const MAX_REPORTED_ISSUES = 200;

/** Size of a string in UTF-8 bytes (counted without allocating; runs in the browser too). */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4; // a surrogate pair is one 4-byte character
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** The refusal message for an oversized file, or null when the size is acceptable. */
export function sizeProblem(bytes: number): string | null {
  if (bytes > MAX_IMPORT_BYTES) {
    return `The file is ${(bytes / 1024 / 1024).toFixed(1)} MB; imports are limited to 5 MB. Split it into smaller files.`;
  }
  return null;
}

/** The refusal message for a file with more rows than one import may hold. */
export function tooManyRowsMessage(): string {
  return `The file has more than ${MAX_IMPORT_ROWS.toLocaleString("en-US")} data rows; imports are limited to 100,000. Split it into smaller files.`;
}
