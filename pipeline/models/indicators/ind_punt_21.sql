-- One row per evaluation for DTO: the milestone of the study into a district intervention team (ambitiepunt 21).
WITH register_punt AS (
    SELECT * FROM register_telling('21')
)

SELECT
    organisatie,
    '21' AS ambitiepunt,
    jaar,
    CASE
        WHEN NOT register_aangeleverd THEN 'geen_gegevens'
        WHEN voldaan_items > 0 THEN 'voldaan'
        WHEN deels_items > 0 THEN 'deels'
        ELSE 'niet_voldaan'
    END AS status,
    CAST(NULL AS DOUBLE) AS waarde,
    CASE
        WHEN NOT register_aangeleverd THEN format('Geen maatregelenregister aangeleverd op of vóór {}.', strftime(peildatum, '%d-%m-%Y'))
        WHEN voldaan_items > 0 OR deels_items > 0 THEN format(
            'Het register op {} heeft de mijlpaal onderzoek districtelijk interventieteam met status {}.',
            strftime(peildatum, '%d-%m-%Y'),
            replace(array_to_string(
                list_intersect(statussen, param_lijst('21', CASE WHEN voldaan_items > 0 THEN 'voldaan_statussen' ELSE 'deels_statussen' END)),
                ' en '
            ), '_', ' ')
        )
        ELSE format(
            'Het register op {} heeft geen mijlpaal onderzoek districtelijk interventieteam die {} of {} is.',
            strftime(peildatum, '%d-%m-%Y'),
            replace(array_to_string(param_lijst('21', 'voldaan_statussen'), ' of '), '_', ' '),
            replace(array_to_string(param_lijst('21', 'deels_statussen'), ' of '), '_', ' ')
        )
    END AS toelichting,
FROM register_punt
