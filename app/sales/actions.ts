"use server";
import { getDb } from "@/db/client";
import { setBrandMarketSettings } from "@/db/queries/market-settings";
import { setSalesCell } from "@/db/queries/sales";
import { action, type ActionResult } from "@/app/_lib/action";

export type SalesCellResult = ActionResult<{ vehicles: number; change: "new" | "updated" | "unchanged" }>;

/** Sets one city × brand × year sales figure: validated again here, upserted with its audit entry in one transaction. */
export async function setSalesCellAction(input: unknown): Promise<SalesCellResult> {
  return action((ctx) => {
    const { change, cell } = setSalesCell(getDb(), ctx, input);
    return { vehicles: cell.vehicles, change };
  }, ["/sales"]);
}

/** Sets a brand's throughput standard and strength override (sales model), with its audit entry. */
export async function setBrandSettingsAction(input: unknown) {
  return action((ctx) => setBrandMarketSettings(getDb(), ctx, input), ["/sales", "/market"]);
}
