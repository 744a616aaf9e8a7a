import { existsSync } from "node:fs";
import { DuckDBInstance } from "@duckdb/node-api";
import { warehousePaths } from "../../pipeline/warehouse-file/warehouse-paths.ts";
import { orphanEventsSql, promisedEventsSql } from "./check-store.ts";

/** What a reader of `<home>/warehouse.duckdb` finds; undefined counts: the table is missing. */
export interface WarehouseCheck {
  exists: boolean;
  rawDeliveries: number | undefined;
  rawEvents: number | undefined;
  normIndicatoren: number | undefined;
  problems: string[];
}

const count = async (read: (query: string) => Promise<unknown[][]>, query: string) =>
  Number((await read(query))[0]?.[0] ?? 0);

/**
 * Opens the warehouse read-only, as a reader after a crash would, and checks that it answers,
 * that the raw tables hold whole deliveries only (each delivery with exactly added + corrected +
 * withdrawn events, no event without its delivery) and that the checkpoint matches the rows.
 * With the store's events per delivery, each synced delivery must hold exactly as many.
 */
export async function checkWarehouse(
  home: string,
  store?: ReadonlyMap<string, number>,
): Promise<WarehouseCheck> {
  const path = warehousePaths(home).file;
  const none = { rawDeliveries: undefined, rawEvents: undefined, normIndicatoren: undefined };
  if (!existsSync(path)) return { exists: false, ...none, problems: [] };
  let instance: DuckDBInstance;
  try {
    instance = await DuckDBInstance.create(path, { access_mode: "READ_ONLY" });
  } catch (error) {
    return { exists: true, ...none, problems: [`warehouse: does not open: ${error}`] };
  }
  const connection = await instance.connect();
  const read = async (query: string) => (await connection.runAndReadAll(query)).getRows();
  try {
    const tables = new Set(
      (await read("SELECT table_name FROM information_schema.tables")).map((row) => row[0]),
    );
    const problems: string[] = [];
    let rawDeliveries: number | undefined;
    let rawEvents: number | undefined;
    if (tables.has("raw_events") && tables.has("raw_deliveries") && tables.has("sync_state")) {
      rawDeliveries = await count(read, "SELECT count(*) FROM raw_deliveries");
      rawEvents = await count(read, "SELECT count(*) FROM raw_events");
      const perDelivery = await read(promisedEventsSql("raw_deliveries", "raw_events"));
      for (const [delivery, promised, own, held] of perDelivery) {
        if (own !== promised)
          problems.push(
            `warehouse: delivery ${delivery} promises ${promised} events, raw_events hold ${own}`,
          );
        const inStore = store?.get(String(delivery));
        if (store && inStore !== held)
          problems.push(
            `warehouse: delivery ${delivery} has ${held} raw events, ${inStore} in the store`,
          );
      }
      for (const [delivery, n] of await read(orphanEventsSql("raw_deliveries", "raw_events")))
        problems.push(
          `warehouse: ${n} raw events of delivery ${delivery}, which raw_deliveries lacks`,
        );
      const checkpoint = await read(
        "SELECT (SELECT count(*) FROM sync_state), (SELECT max(last_position) FROM sync_state), (SELECT coalesce(max(position), 0) FROM raw_events)",
      );
      const [states, last, highest] = checkpoint[0] ?? [];
      if (Number(states) > 1) problems.push(`warehouse: ${states} checkpoints in sync_state`);
      if (Number(states) === 1 && String(last) !== String(highest))
        problems.push(`warehouse: checkpoint at ${last}, raw_events reach ${highest}`);
      if (Number(states) === 0 && rawEvents > 0)
        problems.push(`warehouse: ${rawEvents} raw events without a checkpoint`);
    }
    const normIndicatoren = tables.has("norm_indicatoren")
      ? await count(read, "SELECT count(*) FROM norm_indicatoren")
      : undefined;
    return { exists: true, rawDeliveries, rawEvents, normIndicatoren, problems };
  } catch (error) {
    return { exists: true, ...none, problems: [`warehouse: does not answer: ${error}`] };
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
