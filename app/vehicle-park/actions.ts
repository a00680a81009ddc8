"use server";
import { getDb } from "@/db/client";
import { setVehicleParkCell } from "@/db/queries/vehicle-park";
import { action, type ActionResult } from "@/app/_lib/action";

export type ParkCellResult = ActionResult<{ vehicles: number; change: "new" | "updated" | "unchanged" }>;

/** Sets one city × brand × year count: validated again here, upserted with its audit entry in one transaction. */
export async function setParkCellAction(input: unknown): Promise<ParkCellResult> {
  return action((ctx) => {
    const { change, cell } = setVehicleParkCell(getDb(), ctx, input);
    return { vehicles: cell.vehicles, change };
  }, ["/vehicle-park"]);
}
