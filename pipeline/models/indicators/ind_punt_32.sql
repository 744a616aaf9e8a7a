-- One row per waterschap and evaluation: signalling training coverage of the boa's and toezichthouders ondermijning (ambitiepunt 32).
WITH dekking AS (
    SELECT * FROM dekking_training('32')
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
    '32' AS ambitiepunt,
    jaar,
    CASE
        WHEN NOT formatie_aangeleverd OR NOT trainingen_aangeleverd THEN 'geen_gegevens'
        WHEN dekking >= CAST(param('32', 'dekking_voldaan') AS DOUBLE) THEN 'voldaan'
        WHEN dekking > CAST(param('32', 'dekking_deels_boven') AS DOUBLE) THEN 'deels'
        ELSE 'niet_voldaan'
    END AS status,
    CASE WHEN formatie_aangeleverd AND trainingen_aangeleverd THEN dekking END AS waarde,
    CASE
        WHEN NOT formatie_aangeleverd THEN format('Geen formatie aangeleverd op of vóór {}.', strftime(peildatum, '%d-%m-%Y'))
        WHEN NOT trainingen_aangeleverd THEN format('Geen trainingen aangeleverd over {}.', evaluatie_naam(jaar))
        WHEN formatie = 0 THEN format(
            '{} deelnemer(s) aan trainingen signalering ondermijning in {}, maar geen boa''s of toezichthouders ondermijning in de formatie op {}.',
            deelnemers,
            evaluatie_naam(jaar),
            strftime(peildatum, '%d-%m-%Y')
        )
        ELSE format(
            '{} deelnemer(s) aan trainingen signalering ondermijning in {} voor {} boa''s en toezichthouders ondermijning in de formatie: dekking {} %; norm: {} %.',
            deelnemers,
            evaluatie_naam(jaar),
            formatie,
            CAST(round(100 * dekking) AS INTEGER),
            CAST(round(100 * CAST(param('32', 'dekking_voldaan') AS DOUBLE)) AS INTEGER)
        )
    END AS toelichting,
FROM beoordeeld
