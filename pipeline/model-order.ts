/**
 * One step of a build: a model (one SELECT in pipeline/models/<layer>/<name>.sql that makes the
 * table <name>) or a macro (one CREATE MACRO statement of a file in pipeline/models/macros/).
 */
export interface Model {
  name: string;
  kind: "model" | "macro";
  layer: string;
  sql: string;
}

function identifiersOf(sql: string): Set<string> {
  const code = sql.replace(/--[^\n]*/g, "").replace(/'(?:[^']|'')*'/g, "''");
  return new Set([...code.matchAll(/[a-z_][a-z0-9_]*/gi)].map((match) => match[0].toLowerCase()));
}

/** Each CREATE MACRO statement of a macro file as a step of its own. */
export function splitMacros(file: string, layer: string): Model[] {
  const steps: Model[] = [];
  for (const statement of file.split(/;\s*\n/)) {
    const name = /CREATE\s+(?:OR\s+REPLACE\s+)?MACRO\s+([a-z_][a-z0-9_]*)/i.exec(statement)?.[1];
    if (name) steps.push({ name: name.toLowerCase(), kind: "macro", layer, sql: statement.trim() });
  }
  return steps;
}

/** The steps a step reads: other steps' names that appear in its SQL as whole identifiers. */
export function dependenciesOf(step: Model, names: ReadonlySet<string>): string[] {
  return [...identifiersOf(step.sql)]
    .filter((word) => word !== step.name && names.has(word))
    .sort();
}

/**
 * Orders steps so every one comes after the ones it reads (Kahn's algorithm, ties by name). Macros
 * are steps too: DuckDB binds a macro's tables when it is created.
 */
export function orderModels(steps: readonly Model[]): Model[] {
  const byName = new Map(steps.map((step) => [step.name, step]));
  const names = new Set(byName.keys());
  const waitingOn = new Map(steps.map((step) => [step.name, new Set(dependenciesOf(step, names))]));
  const ordered: Model[] = [];
  while (waitingOn.size > 0) {
    const ready = [...waitingOn]
      .filter(([, deps]) => deps.size === 0)
      .map(([name]) => name)
      .sort();
    if (ready.length === 0)
      throw new Error(
        `models depend on each other in a circle: ${[...waitingOn.keys()].sort().join(", ")}`,
      );
    for (const name of ready) {
      waitingOn.delete(name);
      for (const deps of waitingOn.values()) deps.delete(name);
      ordered.push(byName.get(name) as Model);
    }
  }
  return ordered;
}
