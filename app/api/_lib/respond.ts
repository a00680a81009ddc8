import { NextResponse } from "next/server";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";

/** Maps the planner's typed errors to HTTP answers; anything else is logged and answered 500. */
export function errorResponse(error: unknown): NextResponse {
  if (error instanceof ValidationError) {
    return NextResponse.json({ error: error.message, fieldErrors: error.fieldErrors }, { status: 400 });
  }
  if (error instanceof NotFoundError) return NextResponse.json({ error: error.message }, { status: 404 });
  if (error instanceof ConflictError) {
    return NextResponse.json({ error: error.message, fieldErrors: error.fieldErrors }, { status: 409 });
  }
  console.error(error);
  return NextResponse.json({ error: "Something went wrong on the server; the change was not saved." }, { status: 500 });
}

/** Runs a handler and turns thrown planner errors into their HTTP status. */
export async function handle(fn: () => Response | Promise<Response>): Promise<Response> {
  try {
    return await fn();
  } catch (error) {
    return errorResponse(error);
  }
}

/** Reads a JSON body or throws a ValidationError (400) when it is not JSON. */
export async function readJson(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    throw new ValidationError("The request body must be JSON", { _: ["The request body must be JSON"] });
  }
}
