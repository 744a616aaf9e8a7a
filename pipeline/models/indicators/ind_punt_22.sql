-- One row per gemeente or province and evaluation: an actueel VOG-beleid in the register (ambitiepunt 22).
WITH register_punt AS (
    SELECT * FROM register_telling('22')
)

SELECT
    organisatie,
    '22' AS ambitiepunt,
    jaar,
    CASE
        WHEN NOT register_aangeleverd THEN 'geen_gegevens'
        WHEN actuele_items > 0 THEN 'voldaan'
        ELSE 'niet_voldaan'
    END AS status,
    CAST(NULL AS DOUBLE) AS waarde,
    CASE
        WHEN NOT register_aangeleverd THEN format('Geen maatregelenregister aangeleverd op of vóór {}.', strftime(peildatum, '%d-%m-%Y'))
        WHEN actuele_items > 0 THEN format('Het register op {} heeft een actueel VOG-beleid.', strftime(peildatum, '%d-%m-%Y'))
        WHEN items > 0 THEN format(
            'Het register op {} heeft VOG-beleid (status {}), maar dat is niet actueel: niet vastgesteld of geëvalueerd in de laatste {} jaar, of verlopen.',
            strftime(peildatum, '%d-%m-%Y'),
            replace(array_to_string(statussen, ', '), '_', ' '),
            param('22', 'actueel_jaren')
        )
        ELSE format('Het register op {} heeft geen VOG-beleid.', strftime(peildatum, '%d-%m-%Y'))
    END AS toelichting,
FROM register_punt
