-- One row per gemeente or province and evaluation: maatregelen for an open culture in the register (ambitiepunt 25).
WITH register_punt AS (
    SELECT * FROM register_telling('25')
)

SELECT
    organisatie,
    '25' AS ambitiepunt,
    jaar,
    CASE
        WHEN NOT register_aangeleverd THEN 'geen_gegevens'
        WHEN voldaan_items >= CAST(param('25', 'minimum_voldaan') AS INTEGER) THEN 'voldaan'
        WHEN voldaan_items > 0 OR deels_items > 0 THEN 'deels'
        ELSE 'niet_voldaan'
    END AS status,
    CASE WHEN register_aangeleverd THEN voldaan_items END AS waarde,
    CASE
        WHEN NOT register_aangeleverd THEN format('Geen maatregelenregister aangeleverd op of vóór {}.', strftime(peildatum, '%d-%m-%Y'))
        ELSE format(
            'Het register op {} heeft {} maatregel(en) voor een open cultuur vastgesteld of gerealiseerd en {} in voorbereiding; norm: minstens {} vastgesteld.',
            strftime(peildatum, '%d-%m-%Y'),
            voldaan_items,
            deels_items,
            param('25', 'minimum_voldaan')
        )
    END AS toelichting,
FROM register_punt
