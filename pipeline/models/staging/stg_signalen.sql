-- One row per signal as currently known: corrections applied, withdrawals removed.
-- incremental by organisatie, periode
WITH current AS (
    -- from_json parses each payload once; one ->> per column would parse it once per column.
    SELECT
        *,
        from_json(payload, '{
            "datum_ontvangen": "DATE", "bron": "VARCHAR", "fenomeen": "VARCHAR", "gemeente": "VARCHAR",
            "besproken_in_loo": "BOOLEAN", "datum_besproken_loo": "DATE", "opvolging": "VARCHAR",
            "datum_afgesloten": "DATE"
        }') AS signaal,
    FROM current_records('signalen')
)

SELECT
    organisatie,
    periode,
    record_id AS signaal_id,
    signaal.datum_ontvangen,
    signaal.bron,
    signaal.fenomeen,
    signaal.gemeente,
    signaal.besproken_in_loo,
    signaal.datum_besproken_loo,
    signaal.opvolging,
    signaal.datum_afgesloten,
    position,
    file_name,
    line,
FROM current
