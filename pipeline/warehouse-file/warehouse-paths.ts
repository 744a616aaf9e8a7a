import { join } from "node:path";

/** The files of the warehouse under NORMMONITOR_HOME. */
export interface WarehousePaths {
  /** The warehouse the build updates and everyone reads. */
  file: string;
  /** A full rebuild writes here, then renames it over `file`; present only while one runs. */
  next: string;
  /** Held by the one process that writes either of them. */
  lock: string;
}

/** Where the warehouse of `home` lives. */
export function warehousePaths(home: string): WarehousePaths {
  const file = join(home, "warehouse.duckdb");
  return { file, next: `${file}.new`, lock: join(home, "warehouse") };
}
