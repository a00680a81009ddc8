"use server";
import { revalidatePath } from "next/cache";
import { getDb } from "@/db/client";
import { setVehicleParkCell } from "@/db/queries/vehicle-park";
import { ValidationError, type FieldErrors } from "@/lib/errors";

export type ParkCellResult =
  | { ok: true; vehicles: number; change: "new" | "updated" | "unchanged" }
  | { ok: false; error: string; fieldErrors: FieldErrors };

/** Sets one city × brand × year count: validated again here, upserted with its audit entry in one transaction. */
export async function setParkCellAction(input: unknown): Promise<ParkCellResult> {
  try {
    const { change, cell } = setVehicleParkCell(getDb(), input);
    revalidatePath("/vehicle-park");
    return { ok: true, vehicles: cell.vehicles, change };
  } catch (error) {
    if (error instanceof ValidationError) {
      const first = Object.values(error.fieldErrors)[0]?.[0];
      return { ok: false, error: first ?? error.message, fieldErrors: error.fieldErrors };
    }
    console.error(error);
    return { ok: false, error: "The server could not save the figure; nothing was written.", fieldErrors: {} };
  }
}
