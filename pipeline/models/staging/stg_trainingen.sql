-- One row per training as currently known.
-- incremental by organisatie, periode
SELECT
    organisatie,
    periode,
    record_id AS training_id,
    CAST(payload ->> 'datum' AS DATE) AS datum,
    payload ->> 'onderwerp' AS onderwerp,
    payload ->> 'aanbieder' AS aanbieder,
    payload ->> 'doelgroep' AS doelgroep,
    CAST(payload ->> 'deelnemers' AS INTEGER) AS deelnemers,
    position,
    file_name,
    line,
FROM current_records('trainingen')
