-- One row per integrale controle as currently known: corrections applied, withdrawals removed.
-- incremental by organisatie, periode
WITH current AS (
    -- from_json reads each payload once; one ->> per column would parse it once per column.
    SELECT
        *,
        from_json(payload, '{
            "datum": "DATE", "gemeente": "VARCHAR", "gebied_type": "VARCHAR", "dup_themas": "VARCHAR[]",
            "partners": "VARCHAR[]", "adressen_bezocht": "INTEGER", "adressen_met_bevinding": "INTEGER",
            "bevindingen": "MAP(VARCHAR, INTEGER)", "maatregelen_opgelegd": "INTEGER"
        }') AS controle,
    FROM current_records('controles')
)

SELECT
    organisatie,
    periode,
    record_id AS controle_id,
    controle.datum,
    controle.gemeente,
    controle.gebied_type,
    controle.dup_themas,
    controle.partners,
    controle.adressen_bezocht,
    controle.adressen_met_bevinding,
    controle.bevindingen,
    controle.maatregelen_opgelegd,
    position,
    file_name,
    line,
FROM current
