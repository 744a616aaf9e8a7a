-- One row per Bibob dossier: its version from the latest period that lists it, unless withdrawn there.
WITH current AS (
    SELECT * FROM current_records('bibob')
),

latest AS (
    SELECT *
    FROM current
    QUALIFY row_number() OVER (PARTITION BY organisatie, record_id ORDER BY periode DESC, position DESC) = 1
)

SELECT
    organisatie,
    periode,
    record_id AS dossier_id,
    CAST(payload ->> 'datum_aanvraag' AS DATE) AS datum_aanvraag,
    payload ->> 'rechtshandeling' AS rechtshandeling,
    payload ->> 'sector' AS sector,
    CAST(payload ->> 'eigen_onderzoek' AS BOOLEAN) AS eigen_onderzoek,
    CAST(payload ->> 'tip_ontvangen' AS BOOLEAN) AS tip_ontvangen,
    payload ->> 'tip_bron' AS tip_bron,
    CAST(payload ->> 'lbb_advies_aangevraagd' AS BOOLEAN) AS lbb_advies_aangevraagd,
    CAST(payload ->> 'datum_lbb_advies' AS DATE) AS datum_lbb_advies,
    payload ->> 'mate_van_gevaar' AS mate_van_gevaar,
    payload ->> 'besluit' AS besluit,
    CAST(payload ->> 'datum_besluit' AS DATE) AS datum_besluit,
    CAST(payload ->> 'aangifte_valsheid' AS BOOLEAN) AS aangifte_valsheid,
    position,
    file_name,
    line,
FROM latest
