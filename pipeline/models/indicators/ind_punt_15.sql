-- One row for DTO per evaluation: the milestone of the verkenning districtelijk Bibob-team in the register (ambitiepunt 15).
WITH register_punt AS (
    SELECT * FROM register_telling('15')
)

SELECT
    organisatie,
    '15' AS ambitiepunt,
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
            THEN format('Geen maatregelenregister aangeleverd op of vóór {}.', strftime(peildatum, '%d-%m-%Y'))
        WHEN items = 0
            THEN format(
                'Geen {} verkenning districtelijk Bibob-team in het register op {}.',
                param('15', 'maatregel_soort'),
                strftime(peildatum, '%d-%m-%Y')
            )
        ELSE format(
            'Verkenning districtelijk Bibob-team: {} met status {} op {}; norm: {}.',
            param('15', 'maatregel_soort'),
            array_to_string(statussen, ', '),
            strftime(peildatum, '%d-%m-%Y'),
            array_to_string(param_lijst('15', 'voldaan_statussen'), ' of ')
        )
    END AS toelichting,
FROM register_punt
