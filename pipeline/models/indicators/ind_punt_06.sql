-- One row per gemeente and evaluation: the privacyprotocol ondermijning in the register (ambitiepunt 6).
WITH register_punt AS (
    SELECT * FROM register_telling('6')
)

SELECT
    organisatie,
    '6' AS ambitiepunt,
    jaar,
    CASE
        WHEN NOT register_aangeleverd THEN 'geen_gegevens'
        WHEN actuele_items >= 1 THEN 'voldaan'
        WHEN deels_items >= 1 THEN 'deels'
        ELSE 'niet_voldaan'
    END AS status,
    CAST(NULL AS DOUBLE) AS waarde,
    CASE
        WHEN NOT register_aangeleverd
            THEN format('Geen maatregelenregister aangeleverd op of vóór {}.', strftime(peildatum, '%d-%m-%Y'))
        WHEN actuele_items >= 1
            THEN format('Privacyprotocol ondermijning actueel op {}.', strftime(peildatum, '%d-%m-%Y'))
        WHEN items = 0
            THEN format('Geen privacyprotocol ondermijning in het register op {}.', strftime(peildatum, '%d-%m-%Y'))
        ELSE format(
            'Privacyprotocol ondermijning niet actueel op {} (status {}).',
            strftime(peildatum, '%d-%m-%Y'),
            array_to_string(statussen, ', ')
        )
    END AS toelichting,
FROM register_punt
