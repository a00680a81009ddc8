/**
 * The national road network as data of its own: the 41 city nodes and junctions of the highway
 * network (network-data.ts), the district centres and their regional roads (district-roads.ts).
 * It does not depend on the demand: any place or site joins it through access legs onto an edge.
 */
import { DISTRICT_ROAD_EDGES, DISTRICT_ROAD_NODES } from "./district-roads";
import { buildGraphFromEdges, type BuildGraphOptions, type GraphNodeInput, type RoadGraph } from "./graph";
import { JUNCTIONS, ROAD_EDGES, type RoadEdge } from "./network-data";
import { TEST_CITIES } from "./test-cities";

/** Every node of the national network with its coordinates. */
export const ROAD_NODES: readonly (GraphNodeInput & { name: string })[] = [
  ...TEST_CITIES.map((c) => ({ slug: c.slug, name: c.name, lat: c.lat, lng: c.lng })),
  ...JUNCTIONS,
  ...DISTRICT_ROAD_NODES,
];

/** Every edge of the national network: highways first, then the regional roads to district centres. */
export const NATIONAL_ROAD_EDGES: readonly RoadEdge[] = [...ROAD_EDGES, ...DISTRICT_ROAD_EDGES];

let cached: RoadGraph | null = null;

/** The national road graph (highways + regional roads), built once per process with the default speeds. */
export function nationalRoadGraph(options?: BuildGraphOptions): RoadGraph {
  if (options) return buildGraphFromEdges(ROAD_NODES, NATIONAL_ROAD_EDGES, options);
  cached ??= buildGraphFromEdges(ROAD_NODES, NATIONAL_ROAD_EDGES);
  return cached;
}
