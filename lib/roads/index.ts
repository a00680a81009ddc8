/** Road network: data, graph construction, fastest paths and demand × site travel matrices. */
export * from "./assumptions";
export * from "./great-circle";
export * from "./network-data";
export * from "./graph";
export * from "./dijkstra";
export * from "./access";
export * from "./travel-matrix";
export * from "./national";
export * from "./route";
