import { readdirSync, readFileSync } from "node:fs";
import { basename, join, relative } from "node:path";
import { type Model, splitMacros } from "./model-order.ts";

export const modelsDirectory = join(import.meta.dirname, "models");

/** Every model under pipeline/models and every macro in its macros/ folder; two steps of one name are an error. */
export function loadModels(directory = modelsDirectory): Model[] {
  const steps: Model[] = [];
  for (const entry of readdirSync(directory, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith(".sql")) continue;
    const path = join(entry.parentPath, entry.name);
    const sql = readFileSync(path, "utf-8");
    const layer = relative(directory, entry.parentPath);
    if (layer === "macros") steps.push(...splitMacros(sql, layer));
    else steps.push({ name: basename(entry.name, ".sql"), kind: "model", layer, sql });
  }
  const seen = new Set<string>();
  for (const step of steps) {
    if (seen.has(step.name)) throw new Error(`two models or macros are named ${step.name}`);
    seen.add(step.name);
  }
  return steps;
}
