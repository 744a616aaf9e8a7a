import { mkdir } from "node:fs/promises";
import { join } from "node:path";

/**
 * Packages Framework's client bundle names (lazily loaded helpers we never use). Framework asks
 * the npm registry for their latest version at every build unless a folder for some version is in
 * its cache; an empty folder answers the question, so the build needs no network.
 */
export const clientBundlePackages = [
  "@observablehq/plot",
  "@observablehq/sample-datasets",
  "apache-arrow",
  "arquero",
  "d3",
  "d3-dsv",
  "echarts",
  "htl",
  "leaflet",
  "lodash",
  "mapbox-gl",
  "parquet-wasm",
  "react",
  "react-dom",
  "topojson-client",
] as const;

/** Creates `<root>/.observablehq/cache/_npm/<name>@0.0.0/` for each package above. */
export async function prepareOfflineNpmCache(root: string): Promise<void> {
  await Promise.all(
    clientBundlePackages.map((name) =>
      mkdir(join(root, ".observablehq", "cache", "_npm", `${name}@0.0.0`), { recursive: true }),
    ),
  );
}
