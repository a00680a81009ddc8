/** The byte-order mark that makes Excel read a CSV as UTF-8 (Cyrillic city names included). */
export const UTF8_BOM = "\uFEFF";

export type CsvCell = string | number | boolean | null | undefined;

/**
 * A spreadsheet treats a cell starting with =, +, - or @ (or a tab / carriage return) as a formula:
 * a site named "=HYPERLINK(...)" would run when a planner opens the export. Such text cells get a
 * leading apostrophe; numbers are written as they are.
 */
export function neutraliseCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function quote(cell: CsvCell, separator: "," | ";" = ","): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "number") return Number.isFinite(cell) ? String(cell) : "";
  if (typeof cell === "boolean") return cell ? "true" : "false";
  const safe = neutraliseCell(cell);
  return /["\r\n]/.test(safe) || safe.includes(separator) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** CSV text (BOM, header, CRLF rows as RFC 4180 asks) with formula-like text cells neutralised. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[], separator: "," | ";" = ","): string {
  const line = (cells: readonly CsvCell[]) => cells.map((c) => quote(c, separator)).join(separator);
  const lines = [line(header), ...rows.map(line)];
  return `${UTF8_BOM}${lines.join("\r\n")}\r\n`;
}
