/** A column the sync copies: its name in both databases and its DuckDB type. */
export interface RawColumn {
  name: string;
  type: string;
}

/** raw_events as exported from events, in the order of the COPY and of read_csv. */
export const rawEventColumns: readonly RawColumn[] = [
  { name: "position", type: "BIGINT" },
  { name: "event_id", type: "VARCHAR" },
  { name: "type", type: "VARCHAR" },
  { name: "organisatie", type: "VARCHAR" },
  { name: "soort", type: "VARCHAR" },
  { name: "periode", type: "VARCHAR" },
  { name: "record_id", type: "VARCHAR" },
  { name: "occurred_at", type: "DATE" },
  { name: "recorded_at", type: "TIMESTAMPTZ" },
  { name: "delivery_id", type: "VARCHAR" },
  { name: "file_name", type: "VARCHAR" },
  { name: "sha256", type: "VARCHAR" },
  { name: "line", type: "INTEGER" },
  { name: "supersedes", type: "VARCHAR" },
  { name: "content_hash", type: "VARCHAR" },
  { name: "payload", type: "JSON" },
];

/** raw_deliveries as exported from deliveries. */
export const rawDeliveryColumns: readonly RawColumn[] = [
  { name: "delivery_id", type: "VARCHAR" },
  { name: "file_name", type: "VARCHAR" },
  { name: "sha256", type: "VARCHAR" },
  { name: "organisatie", type: "VARCHAR" },
  { name: "soort", type: "VARCHAR" },
  { name: "periode", type: "VARCHAR" },
  { name: "peildatum", type: "DATE" },
  { name: "format", type: "VARCHAR" },
  { name: "record_count", type: "INTEGER" },
  { name: "added", type: "INTEGER" },
  { name: "corrected", type: "INTEGER" },
  { name: "withdrawn", type: "INTEGER" },
  { name: "unchanged", type: "INTEGER" },
  { name: "warnings", type: "INTEGER" },
  { name: "received_at", type: "TIMESTAMPTZ" },
];
