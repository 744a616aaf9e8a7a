-- One row per Bibob dossier: its version from the latest period that lists it, unless withdrawn there.
WITH current AS (
    SELECT * FROM current_records('bibob')
),

latest AS (
    -- from_json reads each payload once; one ->> per column would parse it once per column.
    SELECT
        *,
        from_json(payload, '{
            "datum_aanvraag": "DATE", "rechtshandeling": "VARCHAR", "sector": "VARCHAR",
            "eigen_onderzoek": "BOOLEAN", "tip_ontvangen": "BOOLEAN", "tip_bron": "VARCHAR",
            "lbb_advies_aangevraagd": "BOOLEAN", "datum_lbb_advies": "DATE", "mate_van_gevaar": "VARCHAR",
            "besluit": "VARCHAR", "datum_besluit": "DATE", "aangifte_valsheid": "BOOLEAN"
        }') AS dossier,
    FROM current
    QUALIFY row_number() OVER (PARTITION BY organisatie, record_id ORDER BY periode DESC, position DESC) = 1
)

SELECT
    organisatie,
    periode,
    record_id AS dossier_id,
    dossier.datum_aanvraag,
    dossier.rechtshandeling,
    dossier.sector,
    dossier.eigen_onderzoek,
    dossier.tip_ontvangen,
    dossier.tip_bron,
    dossier.lbb_advies_aangevraagd,
    dossier.datum_lbb_advies,
    dossier.mate_van_gevaar,
    dossier.besluit,
    dossier.datum_besluit,
    dossier.aangifte_valsheid,
    position,
    file_name,
    line,
FROM latest
