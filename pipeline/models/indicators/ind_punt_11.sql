-- One row per gemeente and evaluation: a Damocles policy in the register that is actueel (ambitiepunt 11).
WITH register_punt AS (
    SELECT * FROM register_telling('11')
)

SELECT
    organisatie,
    '11' AS ambitiepunt,
    jaar,
    CASE
        WHEN NOT register_aangeleverd THEN 'geen_gegevens'
        WHEN actuele_items >= 1 THEN 'voldaan'
        -- deels_statussen are vastgesteld and gerealiseerd: adopted once, but no longer actueel.
        WHEN deels_items >= 1 THEN 'deels'
        ELSE 'niet_voldaan'
    END AS status,
    CAST(NULL AS DOUBLE) AS waarde,
    CASE
        WHEN NOT register_aangeleverd
            THEN format('Geen maatregelenregister aangeleverd op of vóór {}.', strftime(peildatum, '%d-%m-%Y'))
        WHEN actuele_items >= 1
            THEN format('Damoclesbeleid actueel op {}.', strftime(peildatum, '%d-%m-%Y'))
        WHEN deels_items >= 1
            THEN format(
                'Damoclesbeleid vastgesteld maar niet actueel op {} (verlopen of langer dan {} jaar niet vastgesteld of geëvalueerd).',
                strftime(peildatum, '%d-%m-%Y'),
                param('11', 'actueel_jaren')
            )
        WHEN items = 0
            THEN format('Geen Damoclesbeleid in het register op {}.', strftime(peildatum, '%d-%m-%Y'))
        ELSE format(
            'Damoclesbeleid niet actueel op {} (status {}).',
            strftime(peildatum, '%d-%m-%Y'),
            array_to_string(statussen, ', ')
        )
    END AS toelichting,
FROM register_punt
