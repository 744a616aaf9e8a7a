-- One row per meeting or awareness activity as currently known.
-- incremental by organisatie, periode
WITH current AS (
    -- from_json reads each payload once; one ->> per column would parse it once per column.
    SELECT
        *,
        from_json(payload, '{
            "datum": "DATE", "type": "VARCHAR", "niveau": "VARCHAR", "ondermijning_geagendeerd": "BOOLEAN",
            "beleidsbesluit_ondermijning": "BOOLEAN", "aanwezig": "VARCHAR[]", "casussen_besproken": "INTEGER",
            "deelnemers": "INTEGER"
        }') AS overleg,
    FROM current_records('overleggen')
)

SELECT
    organisatie,
    periode,
    record_id AS overleg_id,
    overleg.datum,
    overleg.type,
    overleg.niveau,
    overleg.ondermijning_geagendeerd,
    overleg.beleidsbesluit_ondermijning,
    overleg.aanwezig,
    overleg.casussen_besproken,
    overleg.deelnemers,
    position,
    file_name,
    line,
FROM current
