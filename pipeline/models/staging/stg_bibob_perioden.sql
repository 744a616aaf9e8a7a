-- One row per Bibob dossier and period that lists it: which periods a dossier was open or changed in.
-- incremental by organisatie, periode
SELECT
    organisatie,
    periode,
    record_id AS dossier_id,
    CAST(payload ->> 'eigen_onderzoek' AS BOOLEAN) AS eigen_onderzoek,
    CAST(payload ->> 'tip_ontvangen' AS BOOLEAN) AS tip_ontvangen,
    CAST(payload ->> 'aangifte_valsheid' AS BOOLEAN) AS aangifte_valsheid,
    position,
FROM current_records('bibob')
