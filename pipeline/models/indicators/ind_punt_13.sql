-- One row per gemeente, province, police and OM and evaluation: use of the Bibob tip possibilities (ambitiepunt 13).
WITH toepasselijk AS (
    SELECT * FROM toepasselijk('13')
),

gegeven AS (
    SELECT
        toepasselijk.organisatie,
        toepasselijk.jaar,
        count(tips.tip_id) AS tips,
    FROM toepasselijk
    LEFT JOIN stg_tips AS tips
        ON tips.organisatie = toepasselijk.organisatie
        AND tips.datum BETWEEN toepasselijk.begin AND toepasselijk.einde
    GROUP BY ALL
),

-- A dossier counts in every evaluation that overlaps a period listing it with a tip received.
ontvangen AS (
    SELECT
        toepasselijk.organisatie,
        toepasselijk.jaar,
        count(DISTINCT dossiers.dossier_id) AS dossiers,
    FROM toepasselijk
    LEFT JOIN stg_bibob_perioden AS dossiers
        ON dossiers.organisatie = toepasselijk.organisatie
        AND periode_begin(dossiers.periode) <= toepasselijk.einde
        AND periode_einde(dossiers.periode) >= toepasselijk.begin
        AND dossiers.tip_ontvangen
    GROUP BY ALL
),

-- The police and the OM give tips; gemeenten and the province also count dossiers in which they received one.
telling AS (
    SELECT
        toepasselijk.organisatie,
        toepasselijk.jaar,
        list_contains(param_lijst('13', 'tip_dossiers_voor'), toepasselijk.organisatie_type) AS met_dossiers,
        aangeleverd(toepasselijk.organisatie, 'tips', toepasselijk.jaar) AS tips_geleverd,
        aangeleverd(toepasselijk.organisatie, 'bibob', toepasselijk.jaar) AS bibob_geleverd,
        gegeven.tips,
        ontvangen.dossiers,
    FROM toepasselijk
    JOIN gegeven USING (organisatie, jaar)
    JOIN ontvangen USING (organisatie, jaar)
),

beoordeeld AS (
    SELECT
        *,
        tips_geleverd OR (met_dossiers AND bibob_geleverd) AS geleverd,
        tips + CASE WHEN met_dossiers THEN dossiers ELSE 0 END AS aantal,
    FROM telling
)

SELECT
    organisatie,
    '13' AS ambitiepunt,
    jaar,
    CASE
        WHEN NOT geleverd THEN 'geen_gegevens'
        WHEN aantal >= CAST(param('13', 'minimum_voldaan') AS INTEGER) THEN 'voldaan'
        ELSE 'niet_voldaan'
    END AS status,
    CASE WHEN geleverd THEN aantal END AS waarde,
    CASE
        WHEN NOT geleverd AND met_dossiers
            THEN format('Geen tips en geen bibob aangeleverd over {}.', evaluatie_naam(jaar))
        WHEN NOT geleverd THEN format('Geen tips aangeleverd over {}.', evaluatie_naam(jaar))
        WHEN met_dossiers
            THEN format(
                '{} Bibob-tip(s) gegeven en {} bibob-dossier(s) met een ontvangen tip in {}; norm: minstens {}.',
                tips,
                dossiers,
                evaluatie_naam(jaar),
                param('13', 'minimum_voldaan')
            )
        ELSE format(
            '{} Bibob-tip(s) gegeven in {}; norm: minstens {}.',
            tips,
            evaluatie_naam(jaar),
            param('13', 'minimum_voldaan')
        )
    END AS toelichting,
FROM beoordeeld
