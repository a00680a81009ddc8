"use server";
import { getDb } from "@/db/client";
import { setDealershipAttractiveness } from "@/db/queries/market-settings";
import { action } from "@/app/_lib/action";

/** Sets one showroom's attractiveness (sales model), with its audit entry on the site. */
export async function setAttractivenessAction(input: unknown) {
  return action((ctx) => setDealershipAttractiveness(getDb(), ctx, input), ["/market"]);
}
