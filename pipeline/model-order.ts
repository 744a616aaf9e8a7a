/** A SQL model: one SELECT in pipeline/models/<layer>/<name>.sql that makes the table <name>. */
export interface Model {
  name: string;
  layer: string;
  sql: string;
}

/** The models each model reads: other models' names that appear in its SQL as whole identifiers. */
export function dependenciesOf(model: Model, names: ReadonlySet<string>): string[] {
  const withoutComments = model.sql.replace(/--[^\n]*/g, "").replace(/'(?:[^']|'')*'/g, "''");
  const found = new Set<string>();
  for (const match of withoutComments.matchAll(/[a-z_][a-z0-9_]*/gi)) {
    const word = match[0].toLowerCase();
    if (word !== model.name && names.has(word)) found.add(word);
  }
  return [...found].sort();
}

/** Orders models so every model comes after the ones it reads (Kahn's algorithm, ties by name). */
export function orderModels(models: readonly Model[]): Model[] {
  const byName = new Map(models.map((model) => [model.name, model]));
  const names = new Set(byName.keys());
  const waitingOn = new Map(models.map((model) => [model.name, new Set(dependenciesOf(model, names))]));
  const ordered: Model[] = [];
  while (waitingOn.size > 0) {
    const ready = [...waitingOn].filter(([, deps]) => deps.size === 0).map(([name]) => name).sort();
    if (ready.length === 0) throw new Error(`models depend on each other in a circle: ${[...waitingOn.keys()].sort().join(", ")}`);
    for (const name of ready) {
      waitingOn.delete(name);
      for (const deps of waitingOn.values()) deps.delete(name);
      ordered.push(byName.get(name) as Model);
    }
  }
  return ordered;
}
