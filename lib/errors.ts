/** Field-level messages, keyed by the input's field name (e.g. "serviceBays"). */
export type FieldErrors = Record<string, string[]>;

/** Bad input: answered with 400 and the messages per field. */
export class ValidationError extends Error {
  constructor(
    message: string,
    readonly fieldErrors: FieldErrors = {},
  ) {
    super(message);
    this.name = "ValidationError";
  }
}

/** A thing the request names does not exist: 404. */
export class NotFoundError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "NotFoundError";
  }
}

/** The write would duplicate or contradict existing data: 409. */
export class ConflictError extends Error {
  constructor(
    message: string,
    readonly fieldErrors: FieldErrors = {},
  ) {
    super(message);
    this.name = "ConflictError";
  }
}
