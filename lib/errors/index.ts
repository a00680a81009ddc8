import { translateDetail } from "./detail-translations";
import { formatMessage, type Locale, type MessageKey, type MessageParams } from "./messages";

export { formatMessage, SUPPORTED_LOCALES, type Locale, type MessageKey, type MessageParams } from "./messages";

/** Field-level messages, keyed by the input's field name (e.g. "serviceBays"). */
export type FieldErrors = Record<string, string[]>;

/**
 * Every error the planner answers on purpose, with its HTTP status. The code is the stable part of
 * the contract: clients and translations key on it; the message is for people.
 */
export const ERROR_STATUS = {
  invalid_field: 400,
  invalid_file: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  unsupported_media_type: 415,
  invalid_rows: 422,
  rate_limited: 429,
  internal: 500,
  solver_failed: 500,
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** The one error shape of the API and of server actions. */
export interface ErrorBody {
  code: ErrorCode;
  message: string;
  fields: FieldErrors;
}

export interface AppErrorOptions {
  /** the message-table key; defaults to the code */
  key?: MessageKey;
  params?: MessageParams;
  fields?: FieldErrors;
  /**
   * fields whose message comes from the message table (with `params`), so it is translated per
   * request like the main message: `{ email: "invalid_field.email" }`
   */
  fieldKeys?: Record<string, MessageKey>;
  /** for rate_limited: when to try again */
  retryAfterSeconds?: number;
  cause?: unknown;
}

/** The planner's one typed error: a stable code, the field messages and a message from the message table. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly key: MessageKey;
  readonly params: MessageParams;
  readonly fields: FieldErrors;
  readonly fieldKeys: Record<string, MessageKey>;
  readonly retryAfterSeconds?: number;

  constructor(code: ErrorCode, options: AppErrorOptions = {}) {
    const key = options.key ?? code;
    super(formatMessage(key, options.params), { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.key = key;
    this.params = options.params ?? {};
    this.fieldKeys = options.fieldKeys ?? {};
    this.fields = { ...options.fields, ...this.fieldsIn("en") };
    this.retryAfterSeconds = options.retryAfterSeconds;
  }

  private fieldsIn(locale: Locale): FieldErrors {
    return Object.fromEntries(Object.entries(this.fieldKeys).map(([field, k]) => [field, [formatMessage(k, this.params, locale)]]));
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }

  /**
   * The answer's body, with the message in the caller's locale: the table's message, and the free
   * texts in it and in the fields (schema messages such as "Choose a city") through translateDetail.
   */
  toBody(locale: Locale = "en"): ErrorBody {
    const params = Object.fromEntries(Object.entries(this.params).map(([k, v]) => [k, typeof v === "string" ? translateDetail(v, locale) : v]));
    const fields = Object.fromEntries(Object.entries(this.fields).map(([f, messages]) => [f, messages.map((m) => translateDetail(m, locale))]));
    return { code: this.code, message: formatMessage(this.key, params, locale), fields: { ...fields, ...this.fieldsIn(locale) } };
  }
}

/** The answer to an error that is not an AppError: no stack, no path, nothing from the exception. */
export function internalErrorBody(locale: Locale = "en"): ErrorBody {
  return { code: "internal", message: formatMessage("internal", {}, locale), fields: {} };
}

// Shorthands for the common cases (same constructor as before the error model, so call sites stay short).

/** Bad input: 400 with the messages per field. */
export class ValidationError extends AppError {
  constructor(message: string, fields: FieldErrors = {}) {
    super("invalid_field", { params: { detail: message }, fields });
  }
}

/** A thing the request names does not exist: 404. */
export class NotFoundError extends AppError {
  constructor(message: string) {
    super("not_found", { key: "not_found.detail", params: { detail: message } });
  }
}

/** The write would duplicate or contradict existing data: 409. */
export class ConflictError extends AppError {
  constructor(message: string, fields: FieldErrors = {}) {
    super("conflict", { params: { detail: message }, fields });
  }
}

/** Bad input in one field, with a message from the table (translated per request): 400, or `code`. */
export function fieldError(field: string, key: MessageKey, params: MessageParams = {}, code: ErrorCode = "invalid_field"): AppError {
  return new AppError(code, { key, params, fieldKeys: { [field]: key } });
}

/** The most specific message of an error: its first field message, else its message (for one-line displays). */
/** What every server action answers: its data, or the error in the API's one shape. */
export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: ErrorBody };

export function firstMessage(error: ErrorBody): string {
  return Object.values(error.fields)[0]?.[0] ?? error.message;
}
