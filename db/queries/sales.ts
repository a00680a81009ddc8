import type { RequestContext } from "@/lib/request-context";
import type { Db } from "../connection";
import type { Tx } from "./audit";
import { listCells, listCellYears, setCell, sumByCity, type CellView } from "./cell-table";

/**
 * Sales (new-car registrations per place, brand and year): the market potential of the sales model.
 * The same place × brand × year queries as the vehicle park (db/queries/cell-table.ts).
 */
export type SalesCellView = CellView;

/** The years that have sales figures, oldest first. */
export function listSalesYears(db: Db | Tx): number[] {
  return listCellYears(db, "sales");
}

/** Stored sales cells for the given years and brands (all when omitted). */
export function listSalesCells(db: Db | Tx, params: { years?: number[]; brandIds?: number[] } = {}): SalesCellView[] {
  return listCells(db, "sales", params);
}

/** New cars sold per city id for the given brands and year (brands summed). */
export function salesByCity(db: Db | Tx, params: { brandIds: number[]; year: number }): Map<number, number> {
  return sumByCity(db, "sales", params);
}

/** Sets one (city, brand, year) sales figure with its audit entry, in one transaction. */
export function setSalesCell(db: Db, ctx: RequestContext, input: unknown) {
  return setCell(db, ctx, "sales", input);
}
