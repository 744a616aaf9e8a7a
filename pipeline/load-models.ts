import { readdirSync, readFileSync } from "node:fs";
import { basename, join, relative } from "node:path";
import type { Model } from "./model-order.ts";

export const modelsDirectory = join(import.meta.dirname, "models");

/** Every model under pipeline/models, and the macro files that must run before them. */
export function loadModels(directory = modelsDirectory): { macros: string[]; models: Model[] } {
  const macros: string[] = [];
  const models: Model[] = [];
  for (const entry of readdirSync(directory, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith(".sql")) continue;
    const path = join(entry.parentPath, entry.name);
    const sql = readFileSync(path, "utf-8");
    if (entry.name === "macros.sql") macros.push(sql);
    else models.push({ name: basename(entry.name, ".sql"), layer: relative(directory, entry.parentPath), sql });
  }
  const seen = new Set<string>();
  for (const model of models) {
    if (seen.has(model.name)) throw new Error(`two models are named ${model.name}`);
    seen.add(model.name);
  }
  return { macros, models };
}
