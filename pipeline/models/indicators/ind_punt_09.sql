-- One row per gemeente and evaluation: the aanwijzing vergunningplicht for branches, areas and buildings in the register (ambitiepunt 9).
WITH register_punt AS (
    SELECT * FROM register_telling('9')
)

SELECT
    organisatie,
    '9' AS ambitiepunt,
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
            THEN format('Aanwijzing vergunningplicht ontbreekt in het register op {}.', strftime(peildatum, '%d-%m-%Y'))
        ELSE format(
            'Aanwijzing vergunningplicht in het register op {} met status {}; norm: {}.',
            strftime(peildatum, '%d-%m-%Y'),
            array_to_string(statussen, ', '),
            array_to_string(param_lijst('9', 'voldaan_statussen'), ' of ')
        )
    END AS toelichting,
FROM register_punt
