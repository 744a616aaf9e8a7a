import { DuckDBInstance } from "@duckdb/node-api";
import { type ModelTiming, type ModelVariables, runModels } from "../../pipeline/run-models.ts";
import { rawTablesSql } from "../../pipeline/sync/raw-tables.ts";

/** An event as a model test writes it: what the test is about, the rest defaulted. */
export interface TestEvent {
  organisatie: string;
  soort: string;
  recordId: string;
  occurredAt: string;
  payload: Record<string, unknown> | null;
  type?: "RecordDelivered" | "RecordCorrected" | "RecordWithdrawn";
  /** Defaults to the quarter of occurredAt. */
  periode?: string;
  /** Defaults to 2025-01-01 plus one second per event. */
  recordedAt?: string;
}

export interface TestDelivery {
  organisatie: string;
  soort: string;
  periode: string;
  peildatum?: string;
  receivedAt?: string;
}

const quarterOf = (date: string) =>
  `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
const text = (value: string | null | undefined) =>
  value === null || value === undefined ? "NULL" : `'${value.replaceAll("'", "''")}'`;

/**
 * An in-memory warehouse for model tests: write hand-made events and deliveries, run every
 * model as of a moment, and read tables back as plain objects.
 */
export async function modelWarehouse() {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  await connection.run(rawTablesSql);
  let position = 0;

  return {
    /** Writes events into raw_events; `synced` also notes their cells as the sync does. */
    async events(events: readonly TestEvent[], options: { synced?: boolean } = {}): Promise<void> {
      for (const event of events) {
        position++;
        const recordedAt =
          event.recordedAt ?? new Date(Date.UTC(2025, 0, 1, 0, 0, position)).toISOString();
        const values = [
          String(position),
          text(`00000000-0000-8000-8000-${String(position).padStart(12, "0")}`),
          text(event.type ?? "RecordDelivered"),
          text(event.organisatie),
          text(event.soort),
          text(event.periode ?? quarterOf(event.occurredAt)),
          text(event.recordId),
          `DATE ${text(event.occurredAt)}`,
          `TIMESTAMPTZ ${text(recordedAt)}`,
          text("delivery"),
          text(`${event.organisatie}_${event.soort}.csv`),
          text("0".repeat(64)),
          String(position + 1),
          "NULL",
          "NULL",
          event.payload === null ? "NULL" : text(JSON.stringify(event.payload)),
        ];
        await connection.run(`INSERT INTO raw_events VALUES (${values.join(", ")})`);
        if (options.synced)
          await connection.run(
            `INSERT INTO pending_cells VALUES (${text(event.organisatie)}, ${values[5]})`,
          );
      }
    },

    async deliveries(deliveries: readonly TestDelivery[]): Promise<void> {
      for (const [index, d] of deliveries.entries()) {
        const receivedAt = d.receivedAt ?? "2025-01-01T00:00:00Z";
        await connection.run(
          `INSERT INTO raw_deliveries VALUES (${text(`d-${position}-${index}-${d.organisatie}-${d.soort}-${d.periode}`)}, 'f.csv', '', ${text(d.organisatie)}, ${text(d.soort)}, ${text(d.periode)}, ${d.peildatum ? `DATE ${text(d.peildatum)}` : "NULL"}, 'csv', 0, 0, 0, 0, 0, 0, TIMESTAMPTZ ${text(receivedAt)})`,
        );
      }
    },

    /**
     * Runs every model; as of the end of 2026-11-28 unless told otherwise. `incremental` as the
     * warehouse's own build does (see incremental-models.ts).
     */
    async build(
      variables: Partial<ModelVariables> = {},
      options: { incremental?: boolean } = {},
    ): Promise<ModelTiming[]> {
      return runModels(
        connection,
        {
          asOf: variables.asOf ?? "2026-11-28T23:59:59Z",
          asOfDate: variables.asOfDate ?? "2026-11-28",
        },
        options,
      );
    },

    async rows(sql: string): Promise<Record<string, unknown>[]> {
      const reader = await connection.runAndReadAll(sql);
      return reader.getRowObjectsJson() as Record<string, unknown>[];
    },

    close(): void {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

export type ModelWarehouse = Awaited<ReturnType<typeof modelWarehouse>>;
