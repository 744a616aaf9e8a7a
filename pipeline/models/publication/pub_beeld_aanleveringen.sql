-- One row per organisation, kind and period of beeld_aanleveringen for the public: whether and when it was delivered,
-- whether it was corrected and whether it is overdue. These concern organisations, not people, but carry no counts.
SELECT
    organisatie,
    soort,
    periode,
    verwacht,
    uiterste_datum,
    leveringen > 0 AS aangeleverd,
    CAST(timezone('Europe/Amsterdam', eerst_ontvangen) AS DATE) AS eerst_ontvangen,
    CAST(timezone('Europe/Amsterdam', laatst_ontvangen) AS DATE) AS laatst_ontvangen,
    correcties + intrekkingen > 0 AS gecorrigeerd,
    op_tijd,
    achterstallig,
FROM beeld_aanleveringen
