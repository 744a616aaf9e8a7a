-- One row per gebied (each of the six gemeenten, and the district) and periode (each quarter from 2025-Q1 and each year), so an empty cell is a 0.
WITH gemeenten AS (
    SELECT
        'gemeente' AS niveau,
        code AS gemeente,
        inwoners,
    FROM ref_organisaties
    WHERE type = 'gemeente'
),

district AS (
    -- The district is the province: its inhabitants are those of the six gemeenten together.
    SELECT
        'district' AS niveau,
        'DISTRICT' AS gemeente,
        inwoners,
    FROM ref_organisaties
    WHERE type = 'provincie'
),

kwartalen AS (
    SELECT periode_van(CAST(begin AS DATE)) AS periode
    FROM generate_series(DATE '2025-01-01', getvariable('as_of_date'), INTERVAL 3 MONTH) AS t(begin)
    UNION
    SELECT periode
    FROM known_events()
),

perioden AS (
    SELECT periode, 'kwartaal' AS periode_type, left(periode, 4) AS jaar,
    FROM kwartalen
    UNION
    SELECT left(periode, 4) AS periode, 'jaar' AS periode_type, left(periode, 4) AS jaar,
    FROM kwartalen
)

SELECT
    gebieden.niveau,
    gebieden.gemeente,
    gebieden.inwoners,
    perioden.periode,
    perioden.periode_type,
    perioden.jaar,
FROM (SELECT * FROM gemeenten UNION ALL SELECT * FROM district) AS gebieden
CROSS JOIN perioden
