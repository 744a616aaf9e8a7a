-- One row per organisatie, day of receipt and bron: how many signals came in, and how many of them were
-- discussed in the LOO. Ambitiepunten 5, 7 and 8 count signals per evaluation from this table instead of
-- joining every signal to every evaluation of its organisatie (three times the signals at a million).
SELECT
    organisatie,
    datum_ontvangen,
    bron,
    count(*) AS signalen,
    count_if(besproken_in_loo) AS besproken_in_loo,
FROM stg_signalen
GROUP BY ALL
