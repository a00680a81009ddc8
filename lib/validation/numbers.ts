import { z } from "zod";
import "./zod-config";

// Digits with an optional sign and decimal point: what a planner types. Number() would also take
// "0x33", "1e2", "Infinity" and " " (as 0); none of those is a latitude or a bay count.
const PLAIN_DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/**
 * A number from JSON (a finite number) or from a form / query string (a plain decimal such as
 * "43.25" or "-7"); anything else is refused with a message naming `label`. Chain the range rules
 * with `.pipe(z.number()...)`.
 */
export function decimalInput(label: string) {
  return z.union([z.number(), z.string()], { error: `${label} must be a number` }).transform((v, ctx) => {
    if (typeof v === "number") {
      if (Number.isFinite(v)) return v;
      ctx.addIssue({ code: "custom", message: `${label} must be a finite number` });
      return z.NEVER;
    }
    const text = v.trim();
    if (!PLAIN_DECIMAL.test(text)) {
      const shown = v.length > 20 ? `${v.slice(0, 20)}…` : v;
      ctx.addIssue({ code: "custom", message: text === "" ? `${label} must be a number` : `${label} must be a number in plain decimals (such as 42 or 43.25), not "${shown}"` });
      return z.NEVER;
    }
    return Number(text);
  });
}
