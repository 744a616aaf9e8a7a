-- Macros over the raw tables: what was known at the build's as-of moment, and current state.

-- The events known at the build's as-of moment: time travel is this one filter.
CREATE OR REPLACE MACRO known_events() AS TABLE
    SELECT *
    FROM raw_events
    WHERE recorded_at <= getvariable('as_of');

-- The deliveries received at the build's as-of moment.
CREATE OR REPLACE MACRO known_deliveries() AS TABLE
    SELECT *
    FROM raw_deliveries
    WHERE received_at <= getvariable('as_of');

-- Period kinds: the current version of every record, its latest event in its stream unless withdrawn.
CREATE OR REPLACE MACRO current_records(kind) AS TABLE
    SELECT
        organisatie,
        periode,
        record_id,
        occurred_at,
        payload,
        position,
        delivery_id,
        file_name,
        line,
    FROM known_events()
    WHERE soort = kind
    QUALIFY row_number() OVER (PARTITION BY organisatie, periode, record_id ORDER BY position DESC) = 1
        AND type <> 'RecordWithdrawn';

-- Snapshot kinds: every version of every item with the dates it is in force
-- (van_kracht_vanaf inclusive, van_kracht_tot exclusive, NULL = still in force).
CREATE OR REPLACE MACRO snapshot_versions(kind) AS TABLE
    WITH versions AS (
        SELECT
            organisatie,
            record_id,
            type,
            occurred_at AS van_kracht_vanaf,
            lead(occurred_at) OVER (PARTITION BY organisatie, record_id ORDER BY occurred_at, position) AS van_kracht_tot,
            payload,
            position,
            delivery_id,
            file_name,
            line,
        FROM known_events()
        WHERE soort = kind
    )
    SELECT * EXCLUDE (type)
    FROM versions
    WHERE type <> 'RecordWithdrawn'
        AND (van_kracht_tot IS NULL OR van_kracht_tot > van_kracht_vanaf);

-- Whether a version from snapshot_versions is in force on a date.
CREATE OR REPLACE MACRO in_force(vanaf, tot, datum) AS
    vanaf <= datum AND (tot IS NULL OR datum < tot);
