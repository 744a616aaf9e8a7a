// Loaded into a CLI run under test with NODE_OPTIONS=--import: reports on stderr, as lines
// `fase <name>`, when the run reaches each step a kill should be able to hit, by watching the
// file operations that begin them. With NORMMONITOR_FAULT_PAUSE_AT=wissel it stops just before
// the new warehouse file is renamed over the old one, so a kill lands mid-swap. Test code only:
// the product knows nothing of it.
import fs from "node:fs";
import { syncBuiltinESMExports } from "node:module";
import { basename, extname } from "node:path";

const promises = fs.promises;
const mark = (phase) => process.stderr.write(`fase ${phase}\n`);
const original = {
  mkdtemp: promises.mkdtemp,
  readFile: promises.readFile,
  rename: promises.rename,
  rm: promises.rm,
};

promises.mkdtemp = (prefix, ...rest) => {
  if (String(prefix).includes("normmonitor-sync-")) mark("sync");
  return original.mkdtemp(prefix, ...rest);
};
promises.readFile = (path, ...rest) => {
  const extension = extname(String(path)).toLowerCase();
  if (extension === ".csv" || extension === ".json") mark(`lezen ${basename(String(path))}`);
  return original.readFile(path, ...rest);
};
promises.rm = (path, ...rest) => {
  const text = String(path);
  if (text.includes("normmonitor-sync-")) mark("modellen");
  else if (text.includes("/output/") && text.endsWith(".new")) mark("uitvoer");
  return original.rm(path, ...rest);
};
promises.rename = async (from, to) => {
  if (String(to).endsWith("warehouse.duckdb")) {
    mark("wissel");
    if (process.env.NORMMONITOR_FAULT_PAUSE_AT === "wissel") {
      mark("wissel gepauzeerd");
      await new Promise((resolve) => setTimeout(resolve, 600_000));
    }
  }
  return original.rename(from, to);
};
syncBuiltinESMExports();
