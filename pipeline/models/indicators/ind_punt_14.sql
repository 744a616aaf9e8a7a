-- One row per gemeente or province and evaluation: Bibob staff trained ÷ Bibob staff in the formatie (ambitiepunt 14).
WITH dekking AS (
    SELECT * FROM dekking_training('14')
),

evaluaties AS (
    SELECT * FROM evaluaties
),

beoordeeld AS (
    SELECT
        dekking.*,
        evaluaties.peildatum,
    FROM dekking
    JOIN evaluaties USING (jaar)
)

SELECT
    organisatie,
    '14' AS ambitiepunt,
    jaar,
    CASE
        WHEN NOT formatie_aangeleverd OR NOT trainingen_aangeleverd THEN 'geen_gegevens'
        WHEN dekking >= CAST(param('14', 'dekking_voldaan') AS DOUBLE) THEN 'voldaan'
        WHEN dekking >= CAST(param('14', 'dekking_deels') AS DOUBLE) THEN 'deels'
        ELSE 'niet_voldaan'
    END AS status,
    CASE WHEN formatie_aangeleverd AND trainingen_aangeleverd THEN dekking END AS waarde,
    CASE
        WHEN NOT formatie_aangeleverd
            THEN format('Geen formatie aangeleverd op of vóór {}.', strftime(peildatum, '%d-%m-%Y'))
        WHEN NOT trainingen_aangeleverd THEN format('Geen trainingen aangeleverd over {}.', evaluatie_naam(jaar))
        WHEN formatie = 0
            THEN format(
                '{} deelnemer(s) aan Bibob-trainingen in {}, maar geen Bibob-medewerkers in de formatie op {}.',
                deelnemers,
                evaluatie_naam(jaar),
                strftime(peildatum, '%d-%m-%Y')
            )
        ELSE format(
            '{} deelnemer(s) aan Bibob-trainingen in {} voor {} Bibob-medewerker(s) in de formatie: dekking {} %; norm: {} %.',
            deelnemers,
            evaluatie_naam(jaar),
            formatie,
            CAST(round(100 * dekking) AS INTEGER),
            CAST(round(100 * CAST(param('14', 'dekking_voldaan') AS DOUBLE)) AS INTEGER)
        )
    END AS toelichting,
FROM beoordeeld
