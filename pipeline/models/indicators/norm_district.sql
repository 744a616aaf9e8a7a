-- One row per ambitiepunt and evaluation, plus one 'totaal' row per evaluation: the district roll-up.
WITH toepasselijk AS (
    SELECT *
    FROM norm_indicatoren
    WHERE status <> 'nvt'
),

per_punt AS (
    SELECT
        ambitiepunt,
        jaar,
        CAST(count(*) AS INTEGER) AS toepasselijk,
        CAST(count(*) FILTER (WHERE status = 'voldaan') AS INTEGER) AS voldaan,
        CAST(count(*) FILTER (WHERE status = 'deels') AS INTEGER) AS deels,
        CAST(count(*) FILTER (WHERE status = 'niet_voldaan') AS INTEGER) AS niet_voldaan,
        CAST(count(*) FILTER (WHERE status = 'geen_gegevens') AS INTEGER) AS geen_gegevens,
    FROM toepasselijk
    GROUP BY ALL
),

totaal AS (
    SELECT
        'totaal' AS ambitiepunt,
        jaar,
        CAST(count(*) AS INTEGER) AS toepasselijk,
        CAST(count(*) FILTER (WHERE status = 'voldaan') AS INTEGER) AS voldaan,
        CAST(count(*) FILTER (WHERE status = 'deels') AS INTEGER) AS deels,
        CAST(count(*) FILTER (WHERE status = 'niet_voldaan') AS INTEGER) AS niet_voldaan,
        CAST(count(*) FILTER (WHERE status = 'geen_gegevens') AS INTEGER) AS geen_gegevens,
    FROM toepasselijk
    GROUP BY ALL
)

SELECT
    *,
    voldaan / toepasselijk AS aandeel_voldaan,
FROM (
    SELECT * FROM per_punt
    UNION ALL
    SELECT * FROM totaal
)
