-- One row per gemeente or province and evaluation: the intern meldpunt in the register, with signals through it as context (ambitiepunt 5).
WITH register_punt AS (
    SELECT * FROM register_telling('5')
),

toepasselijk AS (
    SELECT * FROM toepasselijk('5')
),

meldingen AS (
    SELECT
        toepasselijk.organisatie,
        toepasselijk.jaar,
        aangeleverd(toepasselijk.organisatie, 'signalen', toepasselijk.jaar) AS signalen_geleverd,
        CAST(coalesce(sum(signalen.signalen), 0) AS BIGINT) AS signalen,
    FROM toepasselijk
    LEFT JOIN signalen_per_dag AS signalen
        ON signalen.organisatie = toepasselijk.organisatie
        AND signalen.datum_ontvangen BETWEEN toepasselijk.begin AND toepasselijk.einde
        AND signalen.bron = param('5', 'context_bron')
    GROUP BY ALL
),

beoordeeld AS (
    SELECT
        register_punt.*,
        CASE
            WHEN meldingen.signalen_geleverd
                THEN format('signalen via het interne meldpunt in {}: {}', evaluatie_naam(register_punt.jaar), meldingen.signalen)
            ELSE format('geen signalen aangeleverd over {}', evaluatie_naam(register_punt.jaar))
        END AS context,
    FROM register_punt
    JOIN meldingen USING (organisatie, jaar)
)

SELECT
    organisatie,
    '5' AS ambitiepunt,
    jaar,
    CASE
        WHEN NOT register_aangeleverd THEN 'geen_gegevens'
        WHEN voldaan_items >= 1 THEN 'voldaan'
        WHEN deels_items >= 1 THEN 'deels'
        ELSE 'niet_voldaan'
    END AS status,
    CAST(NULL AS DOUBLE) AS waarde,
    CASE
        WHEN NOT register_aangeleverd
            THEN format('Geen maatregelenregister aangeleverd op of vóór {}; {}.', strftime(peildatum, '%d-%m-%Y'), context)
        WHEN items = 0
            THEN format('Geen intern meldpunt in het register op {}; {}.', strftime(peildatum, '%d-%m-%Y'), context)
        ELSE format(
            'Intern meldpunt in het register op {} met status {}; {}.',
            strftime(peildatum, '%d-%m-%Y'),
            array_to_string(statussen, ', '),
            context
        )
    END AS toelichting,
FROM beoordeeld
