#!/usr/bin/env node
// The npm entry point. The CLI is TypeScript with no build step: it runs from a bundle that is
// made on first use and whenever a source changed (see compiled-entry.js), or through tsx when
// no bundle can be made or kept (a read-only install, say).
import { join } from "node:path";
import { compiledEntry } from "./compiled-entry.js";

const entry = join(import.meta.dirname, "main.ts");
const bundle = await compiledEntry({
  entry,
  cacheDirectory: join(import.meta.dirname, "../../node_modules/.cache/normmonitor-cli"),
}).catch(() => undefined);
if (bundle) {
  // Stack traces of a bug name the TypeScript sources, as under tsx.
  process.setSourceMapsEnabled(true);
  await import(bundle.url);
} else {
  const { register } = await import("tsx/esm/api");
  register();
  await import("./main.ts");
}
