/** A small table of reference data that the models read, written from TypeScript data. */
export interface ReferenceTable {
  name: string;
  /** Column name → DuckDB type, in order. */
  columns: Readonly<Record<string, string>>;
  rows: readonly (readonly ReferenceValue[])[];
}

export type ReferenceValue = string | number | boolean | null | readonly string[];

/** A DuckDB literal for a reference value. */
export function sqlLiteral(value: ReferenceValue): string {
  if (value === null) return "NULL";
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (typeof value === "string") return `'${value.replaceAll("'", "''")}'`;
  return `[${value.map((inner) => sqlLiteral(inner)).join(", ")}]`;
}

/** The statements that (re)create a reference table with its rows. */
export function referenceTableSql(table: ReferenceTable): string {
  const columns = Object.entries(table.columns).map(([name, type]) => `${name} ${type}`);
  const create = `CREATE OR REPLACE TABLE ${table.name} (${columns.join(", ")});`;
  if (table.rows.length === 0) return create;
  const rows = table.rows.map((row) => `(${row.map(sqlLiteral).join(", ")})`);
  return `${create}\nINSERT INTO ${table.name} VALUES ${rows.join(",\n")};`;
}
