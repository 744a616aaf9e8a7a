-- One row per evaluation: the years 2025 and 2026 and the stand (the last 365 days up to the as-of date).
WITH jaren AS (
    SELECT
        CAST(jaar AS VARCHAR) AS jaar,
        make_date(jaar, 1, 1) AS begin,
        make_date(jaar, 12, 31) AS einde,
    FROM range(2025, 2027) AS t(jaar)
),

stand AS (
    SELECT
        'stand' AS jaar,
        CAST(getvariable('as_of_date') - INTERVAL 364 DAY AS DATE) AS begin,
        getvariable('as_of_date') AS einde,
)

SELECT
    jaar,
    begin,
    least(einde, getvariable('as_of_date')) AS einde,
    least(einde, getvariable('as_of_date')) AS peildatum,
FROM jaren
WHERE begin <= getvariable('as_of_date')
UNION ALL
SELECT jaar, begin, einde, einde AS peildatum
FROM stand
