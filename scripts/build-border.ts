// `npm run geo:border`: writes lib/geo/kazakhstan-border.json, Kazakhstan's outline buffered by the
// border tolerance, so the browser's border check needs neither the world atlas nor turf's buffer.
// Run it after changing the outline source, the tolerance or the rounding; a unit test checks it.
import fs from "node:fs";
import path from "node:path";
import { tolerantKazakhstanBorder } from "../lib/geo/kazakhstan";

const file = path.join(process.cwd(), "lib", "geo", "kazakhstan-border.json");
const json = JSON.stringify(tolerantKazakhstanBorder());
fs.writeFileSync(file, json + "\n");
console.log(`wrote ${path.relative(process.cwd(), file)} (${Math.round(json.length / 1024)} kB)`);
