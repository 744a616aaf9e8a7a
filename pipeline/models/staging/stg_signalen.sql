-- One row per signal as currently known: corrections applied, withdrawals removed.
WITH current AS (
    SELECT * FROM current_records('signalen')
)

SELECT
    organisatie,
    periode,
    record_id AS signaal_id,
    CAST(payload ->> 'datum_ontvangen' AS DATE) AS datum_ontvangen,
    payload ->> 'bron' AS bron,
    payload ->> 'fenomeen' AS fenomeen,
    payload ->> 'gemeente' AS gemeente,
    CAST(payload ->> 'besproken_in_loo' AS BOOLEAN) AS besproken_in_loo,
    CAST(payload ->> 'datum_besproken_loo' AS DATE) AS datum_besproken_loo,
    payload ->> 'opvolging' AS opvolging,
    CAST(payload ->> 'datum_afgesloten' AS DATE) AS datum_afgesloten,
    position,
    file_name,
    line,
FROM current
