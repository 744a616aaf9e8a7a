-- One row per gemeente and evaluation: a VOG-P-beleid vastgesteld in the register (ambitiepunt 23).
WITH register_punt AS (
    SELECT * FROM register_telling('23')
)

SELECT
    organisatie,
    '23' AS ambitiepunt,
    jaar,
    CASE
        WHEN NOT register_aangeleverd THEN 'geen_gegevens'
        WHEN voldaan_items > 0 THEN 'voldaan'
        ELSE 'niet_voldaan'
    END AS status,
    CAST(NULL AS DOUBLE) AS waarde,
    CASE
        WHEN NOT register_aangeleverd THEN format('Geen maatregelenregister aangeleverd op of vóór {}.', strftime(peildatum, '%d-%m-%Y'))
        WHEN voldaan_items > 0 THEN format('Het register op {} heeft een vastgesteld VOG-P-beleid.', strftime(peildatum, '%d-%m-%Y'))
        WHEN items > 0 THEN format(
            'Het register op {} heeft VOG-P-beleid met status {}, niet vastgesteld of gerealiseerd.',
            strftime(peildatum, '%d-%m-%Y'),
            replace(array_to_string(statussen, ', '), '_', ' ')
        )
        ELSE format('Het register op {} heeft geen VOG-P-beleid.', strftime(peildatum, '%d-%m-%Y'))
    END AS toelichting,
FROM register_punt
