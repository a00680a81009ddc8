/**
 * Incremental what-if engine. It keeps one travel column per site (demand-length typed arrays)
 * and, per demand point, the best and second-best site. Moving, adding or removing a site
 * recomputes only that site's column (one Dijkstra in road mode, one pass of great-circle
 * distances in straight mode) and re-derives assignments; a demand point rescans all columns
 * only when its best or second-best site got worse or disappeared.
 * Results are identical to computeCoverage on the same sites (same arithmetic, same tie rule).
 */
import {
  fillTravelColumn,
  greatCircleKm,
  prepareDemandAccess,
  siteReach,
  type DemandAccess,
  type RoadGraph,
} from "@/lib/roads";
import { assembleCoverage, sitePlace, type SitePlace } from "./assemble";
import { demandPoints, validateCoverageInput } from "./compute";
import { buildPointIndex, type PointIndex } from "./nearest";
import {
  DEFAULT_VEHICLES_PER_BAY_TARGET,
  type CoverageResult,
  type DemandCity,
  type ServiceSite,
  type TravelMode,
} from "./types";

/** Input of the what-if engine (road mode needs the graph to recompute moved sites). */
export interface WhatIfInput {
  demand: readonly DemandCity[];
  sites: readonly ServiceSite[];
  mode: TravelMode;
  threshold: number;
  graph?: RoadGraph;
  vehiclesPerBayTarget?: number;
}

/** Holds the demand × sites columns and best/second-best sites; every mutation returns the new CoverageResult. */
export class CoverageWhatIf {
  private readonly demand: readonly DemandCity[];
  private readonly mode: TravelMode;
  private readonly threshold: number;
  private readonly target: number;
  private readonly graph: RoadGraph | null;
  private readonly access: DemandAccess | null;
  private readonly demandIndex: PointIndex;
  private readonly dLat: Float64Array;
  private readonly dLng: Float64Array;
  private siteList: ServiceSite[];
  private travelCols: Float64Array[] = [];
  /** road km columns; in straight mode the travel column is the km column */
  private kmCols: Float64Array[] = [];
  private regions: SitePlace[];
  private readonly best: Int32Array;
  private readonly second: Int32Array;

  constructor(input: WhatIfInput) {
    validateCoverageInput(input);
    if (input.mode !== "road" && input.mode !== "straight") throw new Error(`Unknown travel mode "${String(input.mode)}"`);
    if (input.mode === "road" && !input.graph) throw new Error("Road-mode what-if needs the road graph");
    this.demand = input.demand;
    this.mode = input.mode;
    this.threshold = input.threshold;
    this.target = input.vehiclesPerBayTarget ?? DEFAULT_VEHICLES_PER_BAY_TARGET;
    this.graph = input.mode === "road" ? (input.graph as RoadGraph) : null;
    this.access = this.graph ? prepareDemandAccess(this.graph, demandPoints(input.demand)) : null;
    this.demandIndex = buildPointIndex(input.demand);
    this.dLat = this.demandIndex.lat;
    this.dLng = this.demandIndex.lng;
    this.siteList = input.sites.map((s) => ({ ...s }));
    for (const s of this.siteList) this.pushColumn(s);
    this.regions = this.siteList.map((s) => sitePlace(this.demandIndex, this.demand, s));
    const n = this.demand.length;
    this.best = new Int32Array(n);
    this.second = new Int32Array(n);
    for (let d = 0; d < n; d++) this.rescan(d);
  }

  /** The current sites (copies; index = position used by moveSite/removeSite). */
  get sites(): readonly ServiceSite[] {
    return this.siteList;
  }

  /** Coverage of the current sites (travel in minutes in road mode, km in straight mode). */
  result(): CoverageResult {
    const n = this.demand.length;
    const site = new Int32Array(n);
    const travel = new Float64Array(n);
    const km = new Float64Array(n);
    for (let d = 0; d < n; d++) {
      const b = this.best[d];
      site[d] = b;
      travel[d] = b < 0 ? Infinity : this.travelCols[b][d];
      km[d] = b < 0 ? Infinity : this.kmCols[b][d];
    }
    return assembleCoverage(
      { demand: this.demand, sites: this.siteList, mode: this.mode, threshold: this.threshold, vehiclesPerBayTarget: this.target },
      { site, travel, km },
      this.regions,
    );
  }

  /** Moves site `index` to (lat, lng) degrees; returns the new coverage (same units as result()). */
  moveSite(index: number, lat: number, lng: number): CoverageResult {
    this.checkIndex(index);
    const moved = { ...this.siteList[index], lat, lng };
    this.siteList[index] = moved;
    this.computeColumn(moved, this.travelCols[index], this.kmCols[index]);
    this.regions[index] = sitePlace(this.demandIndex, this.demand, moved);
    const best = this.best;
    const second = this.second;
    for (let d = 0; d < best.length; d++) {
      const b = best[d];
      const s2 = second[d];
      if (b === index) {
        // still ahead of the runner-up -> nothing else can have overtaken it
        if (!this.better(index, s2, d)) this.rescan(d);
      } else if (s2 === index) {
        if (this.better(index, b, d)) {
          best[d] = index;
          second[d] = b;
        } else this.rescan(d); // it may have dropped behind the unknown third
      } else this.offer(index, d);
    }
    return this.result();
  }

  /** Adds a site (appended: index = current site count); returns the new coverage (same units as result()). */
  addSite(site: ServiceSite): CoverageResult {
    if (!(site.bays >= 0)) throw new Error(`Site ${site.id} has invalid bays ${site.bays}`);
    const copy = { ...site };
    const index = this.siteList.length;
    this.siteList.push(copy);
    this.pushColumn(copy);
    this.regions.push(sitePlace(this.demandIndex, this.demand, copy));
    for (let d = 0; d < this.best.length; d++) this.offer(index, d);
    return this.result();
  }

  /** Removes site `index` (later sites shift down by one); returns the new coverage (same units as result()). */
  removeSite(index: number): CoverageResult {
    this.checkIndex(index);
    this.siteList.splice(index, 1);
    this.travelCols.splice(index, 1);
    if (this.mode === "road") this.kmCols.splice(index, 1);
    else this.kmCols = this.travelCols;
    this.regions.splice(index, 1);
    const best = this.best;
    const second = this.second;
    for (let d = 0; d < best.length; d++) {
      const b = best[d];
      const s2 = second[d];
      if (b === index || s2 === index) this.rescan(d);
      else {
        best[d] = b > index ? b - 1 : b;
        second[d] = s2 > index ? s2 - 1 : s2;
      }
    }
    return this.result();
  }

  private checkIndex(index: number): void {
    if (!Number.isInteger(index) || index < 0 || index >= this.siteList.length) {
      throw new Error(`Site index ${index} is out of range 0..${this.siteList.length - 1}`);
    }
  }

  private pushColumn(site: ServiceSite): void {
    const n = this.demand.length;
    const travel = new Float64Array(n);
    const km = this.mode === "road" ? new Float64Array(n) : travel;
    this.computeColumn(site, travel, km);
    this.travelCols.push(travel);
    if (this.mode === "road") this.kmCols.push(km);
    else this.kmCols = this.travelCols;
  }

  private computeColumn(site: ServiceSite, travel: Float64Array, km: Float64Array): void {
    if (this.graph && this.access) {
      fillTravelColumn(this.access, siteReach(this.graph, { lat: site.lat, lng: site.lng }), travel, km);
    } else {
      // same argument order as the straight nearest search (demand first) for bit-identical km
      for (let d = 0; d < travel.length; d++) travel[d] = greatCircleKm(this.dLat[d], this.dLng[d], site.lat, site.lng);
    }
  }

  /** True when site a beats site b for demand d: reachable, then faster, then lower index. */
  private better(a: number, b: number, d: number): boolean {
    const va = this.travelCols[a][d];
    if (va === Infinity) return false;
    if (b < 0) return true;
    const vb = this.travelCols[b][d];
    return va < vb || (va === vb && a < b);
  }

  /** Lets site j compete for demand d without anything else having changed. */
  private offer(j: number, d: number): void {
    if (this.better(j, this.best[d], d)) {
      this.second[d] = this.best[d];
      this.best[d] = j;
    } else if (this.better(j, this.second[d], d)) {
      this.second[d] = j;
    }
  }

  /** Full scan of demand d over all columns (ascending index, strict < keeps the lowest index on ties). */
  private rescan(d: number): void {
    let b = -1;
    let bv = Infinity;
    let s2 = -1;
    let sv = Infinity;
    const cols = this.travelCols;
    for (let s = 0; s < cols.length; s++) {
      const v = cols[s][d];
      if (v < bv) {
        s2 = b;
        sv = bv;
        b = s;
        bv = v;
      } else if (v < sv) {
        s2 = s;
        sv = v;
      }
    }
    this.best[d] = b;
    this.second[d] = s2;
  }
}
