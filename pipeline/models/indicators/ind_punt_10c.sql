-- One row per gemeente and evaluation: the vergunningenstelsel for speelautomatenhallen in the register (ambitiepunt 10C).
WITH register_punt AS (
    SELECT * FROM register_telling('10C')
)

SELECT
    organisatie,
    '10C' AS ambitiepunt,
    jaar,
    CASE
        WHEN NOT register_aangeleverd THEN 'geen_gegevens'
        WHEN voldaan_items >= 1 THEN 'voldaan'
        ELSE 'niet_voldaan'
    END AS status,
    CAST(NULL AS DOUBLE) AS waarde,
    CASE
        WHEN NOT register_aangeleverd
            THEN format('Geen maatregelenregister aangeleverd op of vóór {}.', strftime(peildatum, '%d-%m-%Y'))
        WHEN items = 0
            THEN format('Vergunningenstelsel speelautomatenhallen ontbreekt in het register op {}.', strftime(peildatum, '%d-%m-%Y'))
        ELSE format(
            'Vergunningenstelsel speelautomatenhallen in het register op {} met status {}; norm: {}.',
            strftime(peildatum, '%d-%m-%Y'),
            array_to_string(statussen, ', '),
            array_to_string(param_lijst('10C', 'voldaan_statussen'), ' of ')
        )
    END AS toelichting,
FROM register_punt
