/**
 * Test fixture: a hand-built 5-node network whose answers are worked out by hand in the tests.
 *
 * Nodes sit on the 70° E meridian, 0.5° apart, so great-circle distances are exact multiples of
 * 0.5° × 111.19508 km (1° of arc on a 6371.0088 km sphere) = 55.59754 km — more than
 * DIRECT_LEG_MAX_KM, so no direct local leg ever links two nodes. Edge lengths deliberately
 * ignore that geometry and are chosen so minutes come out round at the default speeds
 * (I-a 95, I-b 90, II 80, III 70 km/h):
 *
 *   A --95 km I-a (60 min)-- B --90 km I-b (60 min)-- C --40 km II (30 min)-- D --70 km III (60 min)-- E
 *                            \_____________140 km III (120 min)_____________/
 */
import type { GraphEdgeInput, GraphNodeInput } from "./graph";

/** 1° of great-circle arc in km on turf's sphere. */
export const KM_PER_DEGREE = (6371.0088 * Math.PI) / 180;

/** Nodes A..E at 45.0, 45.5, 46.0, 46.5, 47.0° N on 70° E. */
export const GOLDEN_NODES: readonly GraphNodeInput[] = [
  { slug: "a", lat: 45.0, lng: 70 },
  { slug: "b", lat: 45.5, lng: 70 },
  { slug: "c", lat: 46.0, lng: 70 },
  { slug: "d", lat: 46.5, lng: 70 },
  { slug: "e", lat: 47.0, lng: 70 },
];

/** The five edges of the drawing above. */
export const GOLDEN_EDGES: readonly GraphEdgeInput[] = [
  { from: "a", to: "b", km: 95, category: "I-a" },
  { from: "b", to: "c", km: 90, category: "I-b" },
  { from: "c", to: "d", km: 40, category: "II" },
  { from: "b", to: "d", km: 140, category: "III" },
  { from: "d", to: "e", km: 70, category: "III" },
];
