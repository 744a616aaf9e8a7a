-- One row per organisation, evaluation and formatie line (rol + eenheid) in force on the peildatum.
SELECT
    formatie.organisatie,
    evaluaties.jaar,
    formatie.rol,
    formatie.eenheid,
    formatie.aantal,
FROM stg_formatie AS formatie
JOIN evaluaties
    ON in_force(formatie.van_kracht_vanaf, formatie.van_kracht_tot, evaluaties.peildatum)
