-- One row per integrale controle as currently known: corrections applied, withdrawals removed.
WITH current AS (
    SELECT * FROM current_records('controles')
)

SELECT
    organisatie,
    periode,
    record_id AS controle_id,
    CAST(payload ->> 'datum' AS DATE) AS datum,
    payload ->> 'gemeente' AS gemeente,
    payload ->> 'gebied_type' AS gebied_type,
    CAST(payload -> 'dup_themas' AS VARCHAR[]) AS dup_themas,
    CAST(payload -> 'partners' AS VARCHAR[]) AS partners,
    CAST(payload ->> 'adressen_bezocht' AS INTEGER) AS adressen_bezocht,
    CAST(payload ->> 'adressen_met_bevinding' AS INTEGER) AS adressen_met_bevinding,
    CAST(payload -> 'bevindingen' AS MAP(VARCHAR, INTEGER)) AS bevindingen,
    CAST(payload ->> 'maatregelen_opgelegd' AS INTEGER) AS maatregelen_opgelegd,
    position,
    file_name,
    line,
FROM current
