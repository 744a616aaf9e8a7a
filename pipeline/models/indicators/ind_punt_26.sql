-- One row per gemeente and evaluation: the parts of the basisniveau bestuurlijke aanpak mensenhandel in the register (ambitiepunt 26).
WITH register_punt AS (
    SELECT * FROM register_telling('26')
),

onderdelen AS (
    SELECT
        *,
        len(voldaan_onderdelen) AS in_orde,
        len(param_lijst('26', 'onderdelen')) AS totaal,
        list_filter(param_lijst('26', 'onderdelen'), lambda onderdeel: NOT list_contains(voldaan_onderdelen, onderdeel)) AS ontbrekend,
    FROM register_punt
)

SELECT
    organisatie,
    '26' AS ambitiepunt,
    jaar,
    CASE
        WHEN NOT register_aangeleverd THEN 'geen_gegevens'
        WHEN in_orde = totaal THEN 'voldaan'
        WHEN in_orde > 0 THEN 'deels'
        ELSE 'niet_voldaan'
    END AS status,
    CASE WHEN register_aangeleverd THEN in_orde / totaal END AS waarde,
    CASE
        WHEN NOT register_aangeleverd THEN format('Geen maatregelenregister aangeleverd op of vóór {}.', strftime(peildatum, '%d-%m-%Y'))
        WHEN in_orde = totaal THEN format('{} van {} onderdelen van het basisniveau mensenhandel vastgesteld of gerealiseerd.', in_orde, totaal)
        ELSE format(
            '{} van {} onderdelen van het basisniveau mensenhandel vastgesteld of gerealiseerd; ontbreekt: {}.',
            in_orde,
            totaal,
            array_to_string(ontbrekend, ', ')
        )
    END AS toelichting,
FROM onderdelen
