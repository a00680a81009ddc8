/** Coverage engine: nearest-site coverage, gaps, site loads, horizon comparison (open only vs with planned openings) and what-if edits. */
export * from "./types";
export * from "./nearest";
export * from "./nearest-bulk";
export * from "./assemble";
export * from "./compute";
export * from "./compare";
export * from "./what-if";
