-- One row per Bibob tip given, as currently known.
-- incremental by organisatie, periode
SELECT
    organisatie,
    periode,
    record_id AS tip_id,
    CAST(payload ->> 'datum' AS DATE) AS datum,
    upper(payload ->> 'ontvanger') AS ontvanger,
    payload ->> 'soort' AS soort,
    position,
    file_name,
    line,
FROM current_records('tips')
