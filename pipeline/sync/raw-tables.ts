/**
 * The warehouse's copy of the event store: written only by the sync, read by the staging models.
 * sync_state is the checkpoint: every transaction with an id below settled_before is copied.
 * pending_cells lists the (organisatie, periode) cells with events the models have not yet seen
 * (see incremental-models.ts); the sync adds to it, the model run empties it.
 * position and delivery_id are unique but not declared as keys: DuckDB rewrites a key's index at
 * every checkpoint, which made an incremental sync cost as much as a full one; the sync checks
 * uniqueness itself.
 */
export const rawTablesSql = `
CREATE TABLE IF NOT EXISTS raw_events (
    position BIGINT NOT NULL,
    event_id VARCHAR NOT NULL,
    type VARCHAR NOT NULL,
    organisatie VARCHAR NOT NULL,
    soort VARCHAR NOT NULL,
    periode VARCHAR NOT NULL,
    record_id VARCHAR NOT NULL,
    occurred_at DATE NOT NULL,
    recorded_at TIMESTAMPTZ NOT NULL,
    delivery_id VARCHAR NOT NULL,
    file_name VARCHAR NOT NULL,
    sha256 VARCHAR NOT NULL,
    line INTEGER,
    supersedes VARCHAR,
    content_hash VARCHAR,
    payload JSON
);
CREATE TABLE IF NOT EXISTS raw_deliveries (
    delivery_id VARCHAR NOT NULL,
    file_name VARCHAR NOT NULL,
    sha256 VARCHAR NOT NULL,
    organisatie VARCHAR NOT NULL,
    soort VARCHAR NOT NULL,
    periode VARCHAR NOT NULL,
    peildatum DATE,
    format VARCHAR NOT NULL,
    record_count INTEGER NOT NULL,
    added INTEGER NOT NULL,
    corrected INTEGER NOT NULL,
    withdrawn INTEGER NOT NULL,
    unchanged INTEGER NOT NULL,
    warnings INTEGER NOT NULL,
    received_at TIMESTAMPTZ NOT NULL
);
CREATE TABLE IF NOT EXISTS pending_cells (
    organisatie VARCHAR NOT NULL,
    periode VARCHAR NOT NULL
);
CREATE TABLE IF NOT EXISTS sync_state (
    last_position BIGINT NOT NULL,
    settled_before UBIGINT NOT NULL,
    synced_at TIMESTAMPTZ NOT NULL
);
`;
