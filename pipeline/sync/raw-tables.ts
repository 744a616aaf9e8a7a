/** The warehouse's copy of the event store: written only by the sync, read by the staging models. */
export const rawTablesSql = `
CREATE TABLE IF NOT EXISTS raw_events (
    position BIGINT PRIMARY KEY,
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
    delivery_id VARCHAR PRIMARY KEY,
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
CREATE TABLE IF NOT EXISTS sync_state (
    last_position BIGINT NOT NULL,
    synced_at TIMESTAMPTZ NOT NULL
);
`;
