-- One row per gemeente, province, police and OM and evaluation: the werkproces aangifte valsheid in geschrifte in the register, with such aangiften as context (ambitiepunt 16).
WITH register_punt AS (
    SELECT * FROM register_telling('16')
),

toepasselijk AS (
    SELECT * FROM toepasselijk('16')
),

-- A dossier counts in every evaluation that overlaps a period listing it with an aangifte.
aangiften AS (
    SELECT
        toepasselijk.organisatie,
        toepasselijk.jaar,
        aangeleverd(toepasselijk.organisatie, 'bibob', toepasselijk.jaar) AS bibob_geleverd,
        count(DISTINCT dossiers.dossier_id) AS dossiers,
    FROM toepasselijk
    LEFT JOIN stg_bibob_perioden AS dossiers
        ON dossiers.organisatie = toepasselijk.organisatie
        AND periode_begin(dossiers.periode) <= toepasselijk.einde
        AND periode_einde(dossiers.periode) >= toepasselijk.begin
        AND dossiers.aangifte_valsheid
    GROUP BY ALL
),

beoordeeld AS (
    SELECT
        register_punt.*,
        CASE
            WHEN aangiften.bibob_geleverd
                THEN format(
                    '; {} bibob-dossier(s) met aangifte van valsheid in geschrifte in {}',
                    aangiften.dossiers,
                    evaluatie_naam(register_punt.jaar)
                )
            ELSE ''
        END AS context,
    FROM register_punt
    JOIN aangiften USING (organisatie, jaar)
)

SELECT
    organisatie,
    '16' AS ambitiepunt,
    jaar,
    CASE
        WHEN NOT register_aangeleverd THEN 'geen_gegevens'
        WHEN voldaan_items >= 1 THEN 'voldaan'
        ELSE 'niet_voldaan'
    END AS status,
    CAST(NULL AS DOUBLE) AS waarde,
    CASE
        WHEN NOT register_aangeleverd
            THEN format('Geen maatregelenregister aangeleverd op of vóór {}{}.', strftime(peildatum, '%d-%m-%Y'), context)
        WHEN items = 0
            THEN format('Werkproces aangifte valsheid in geschrifte ontbreekt in het register op {}{}.', strftime(peildatum, '%d-%m-%Y'), context)
        ELSE format(
            'Werkproces aangifte valsheid in geschrifte in het register op {} met status {}; norm: {}{}.',
            strftime(peildatum, '%d-%m-%Y'),
            array_to_string(statussen, ', '),
            array_to_string(param_lijst('16', 'voldaan_statussen'), ' of '),
            context
        )
    END AS toelichting,
FROM beoordeeld
