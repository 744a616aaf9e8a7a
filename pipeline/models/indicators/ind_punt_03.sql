-- One row per gemeente and evaluation: undermining in the integraal veiligheidsplan and its uitvoeringsplan (ambitiepunt 3).
WITH register_punt AS (
    SELECT * FROM register_telling('3')
),

beoordeeld AS (
    SELECT
        *,
        len(actuele_onderdelen) AS actueel,
        len(param_lijst('3', 'onderdelen')) AS nodig,
    FROM register_punt
)

SELECT
    organisatie,
    '3' AS ambitiepunt,
    jaar,
    CASE
        WHEN NOT register_aangeleverd THEN 'geen_gegevens'
        WHEN actueel = nodig THEN 'voldaan'
        WHEN actueel >= 1 THEN 'deels'
        ELSE 'niet_voldaan'
    END AS status,
    CASE WHEN register_aangeleverd THEN actueel END AS waarde,
    CASE
        WHEN NOT register_aangeleverd
            THEN format('Geen maatregelenregister aangeleverd op of vóór {}.', strftime(peildatum, '%d-%m-%Y'))
        ELSE format(
            '{} van {} onderdelen actueel op {} ({}); nodig: {}.',
            actueel,
            nodig,
            strftime(peildatum, '%d-%m-%Y'),
            CASE WHEN actueel = 0 THEN 'geen' ELSE array_to_string(actuele_onderdelen, ', ') END,
            array_to_string(param_lijst('3', 'onderdelen'), ' en ')
        )
    END AS toelichting,
FROM beoordeeld
