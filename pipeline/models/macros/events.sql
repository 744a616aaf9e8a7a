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

-- While an incremental model is recomputed (variable scoped), only the cells listed in build_scope.
-- Not a correlated EXISTS: inside its subquery an argument `organisatie` would bind to build_scope's own column.
CREATE OR REPLACE MACRO in_build_scope(cell_organisatie, cell_periode) AS
    NOT coalesce(getvariable('scoped'), false)
    OR {'o': cell_organisatie, 'p': cell_periode} IN (SELECT {'o': organisatie, 'p': periode} FROM build_scope);

-- Period kinds: the current version of every record, its latest event in its stream unless withdrawn.
-- Most records have one event, which is then their latest: only the streams with more (corrections,
-- withdrawals) are looked up, a small table the events are joined to. Finding every stream's latest
-- position and joining on it took a fifth longer at a million events; a window over whole events
-- carried every payload through its sort and took longer still.
CREATE OR REPLACE MACRO current_records(kind) AS TABLE
    WITH revised AS (
        SELECT organisatie, periode, record_id, max(position) AS latest
        FROM known_events()
        WHERE soort = kind AND in_build_scope(organisatie, periode)
        GROUP BY organisatie, periode, record_id
        HAVING count(*) > 1
    )

    SELECT
        events.organisatie,
        events.periode,
        events.record_id,
        events.occurred_at,
        events.payload,
        events.position,
        events.delivery_id,
        events.file_name,
        events.line,
    FROM known_events() AS events
    LEFT JOIN revised
        ON revised.organisatie = events.organisatie
        AND revised.periode = events.periode
        AND revised.record_id = events.record_id
    WHERE events.soort = kind
        AND in_build_scope(events.organisatie, events.periode)
        AND (revised.latest IS NULL OR events.position = revised.latest)
        AND events.type <> 'RecordWithdrawn';

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
