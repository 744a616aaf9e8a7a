-- One row per meeting or awareness activity as currently known.
SELECT
    organisatie,
    periode,
    record_id AS overleg_id,
    CAST(payload ->> 'datum' AS DATE) AS datum,
    payload ->> 'type' AS type,
    payload ->> 'niveau' AS niveau,
    CAST(payload ->> 'ondermijning_geagendeerd' AS BOOLEAN) AS ondermijning_geagendeerd,
    CAST(payload ->> 'beleidsbesluit_ondermijning' AS BOOLEAN) AS beleidsbesluit_ondermijning,
    CAST(payload -> 'aanwezig' AS VARCHAR[]) AS aanwezig,
    CAST(payload ->> 'casussen_besproken' AS INTEGER) AS casussen_besproken,
    CAST(payload ->> 'deelnemers' AS INTEGER) AS deelnemers,
    position,
    file_name,
    line,
FROM current_records('overleggen')
