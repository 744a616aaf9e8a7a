-- One row per organisation, kind and period that was delivered or is expected: when it arrived, how often it was corrected, and whether it is overdue.
WITH leveringen AS (
    SELECT * FROM known_deliveries()
),

organisaties AS (
    SELECT * FROM ref_organisaties
),

verwacht AS (
    SELECT * FROM ref_verwachte_aanleveringen
),

-- Period kinds are due 30 days after their quarter ends, monitored from 2025-Q1 (as in the status command).
kwartalen AS (
    SELECT periode_van(CAST(begin AS DATE)) AS periode
    FROM generate_series(DATE '2025-01-01', getvariable('as_of_date'), INTERVAL 3 MONTH) AS t(begin)
),

verwachte_leveringen AS (
    SELECT
        organisaties.code AS organisatie,
        verwacht.soort,
        kwartalen.periode,
    FROM organisaties
    JOIN verwacht
        ON verwacht.type = organisaties.type AND verwacht.per_kwartaal
    CROSS JOIN kwartalen
    WHERE periode_einde(kwartalen.periode) + INTERVAL 30 DAY < getvariable('as_of_date')
),

geleverd AS (
    SELECT
        organisatie,
        soort,
        periode,
        count(*) AS leveringen,
        min(received_at) AS eerst_ontvangen,
        max(received_at) AS laatst_ontvangen,
        arg_max(record_count, received_at) AS records,
        sum(corrected) AS correcties,
        sum(withdrawn) AS intrekkingen,
    FROM leveringen
    GROUP BY ALL
),

alle AS (
    SELECT organisatie, soort, periode FROM geleverd
    UNION
    SELECT organisatie, soort, periode FROM verwachte_leveringen
)

SELECT
    alle.organisatie,
    alle.soort,
    alle.periode,
    verwacht.soort IS NOT NULL AS verwacht,
    CASE
        WHEN verwacht.per_kwartaal THEN CAST(periode_einde(alle.periode) + INTERVAL 30 DAY AS DATE)
    END AS uiterste_datum,
    CAST(coalesce(geleverd.leveringen, 0) AS INTEGER) AS leveringen,
    geleverd.eerst_ontvangen,
    geleverd.laatst_ontvangen,
    geleverd.records,
    CAST(coalesce(geleverd.correcties, 0) AS INTEGER) AS correcties,
    CAST(coalesce(geleverd.intrekkingen, 0) AS INTEGER) AS intrekkingen,
    CASE
        WHEN verwacht.per_kwartaal AND geleverd.eerst_ontvangen IS NOT NULL
            THEN CAST(timezone('Europe/Amsterdam', geleverd.eerst_ontvangen) AS DATE)
                <= periode_einde(alle.periode) + INTERVAL 30 DAY
    END AS op_tijd,
    -- Overdue: expected, its deadline before the as-of date, and nothing delivered yet.
    verwachte_leveringen.organisatie IS NOT NULL AND geleverd.leveringen IS NULL AS achterstallig,
FROM alle
JOIN organisaties
    ON organisaties.code = alle.organisatie
LEFT JOIN verwacht
    ON verwacht.type = organisaties.type AND verwacht.soort = alle.soort
LEFT JOIN geleverd
    ON geleverd.organisatie = alle.organisatie AND geleverd.soort = alle.soort AND geleverd.periode = alle.periode
LEFT JOIN verwachte_leveringen
    ON verwachte_leveringen.organisatie = alle.organisatie
        AND verwachte_leveringen.soort = alle.soort
        AND verwachte_leveringen.periode = alle.periode
