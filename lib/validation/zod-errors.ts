import type { z } from "zod";
import { AppError, type FieldErrors } from "../errors";

/** Field -> messages from a zod error; nested paths are joined with dots ("services.sales"). */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "_";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

/** Parses with the schema or throws an invalid_field AppError (400) naming every bad field. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown, what: string): z.infer<S> {
  const result = schema.safeParse(input);
  if (!result.success) {
    const fieldErrors = fieldErrorsOf(result.error);
    const first = Object.entries(fieldErrors)[0];
    throw new AppError("invalid_field", {
      key: "invalid_field.input",
      params: { what, field: first?.[0] ?? "_", first: first?.[1][0] ?? "bad input" },
      fields: fieldErrors,
    });
  }
  return result.data;
}
