-- One row per organisation, evaluation and register item in force on the evaluation's peildatum.
WITH evaluaties AS (
    SELECT * FROM evaluaties
),

maatregelen AS (
    SELECT * FROM stg_maatregelen
)

SELECT
    maatregelen.organisatie,
    evaluaties.jaar,
    evaluaties.peildatum,
    maatregelen.* EXCLUDE (organisatie),
FROM maatregelen
JOIN evaluaties
    ON in_force(maatregelen.van_kracht_vanaf, maatregelen.van_kracht_tot, evaluaties.peildatum)
