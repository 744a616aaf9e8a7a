-- One row per picture table, gebied, periode, dimensie and waarde_code with its count as the public may see it.
-- Counts of 1–4 show as '<5', others are rounded to the nearest 5. Bibob is published for the district per year
-- only, signals via MMA likewise: below that MMA counts as a hidden cell and is left out at the end.
-- Secondary suppression: cells are parts of three kinds of relation, each with a published total: (a) the
-- gemeenten of the district in a period, (b) the quarters of a year, (c) the values of a breakdown (fenomeen, bron,
-- onderwerp, doelgroep, mate_van_gevaar, besluit, besluitgroep) of the totaal. Where a relation has exactly one
-- hidden non-zero cell, part or total, its smallest visible non-zero part is hidden too ('onderdrukt'), or, when
-- it has none, its total. The passes run (a), (b), (c) and then all three once more.
WITH cellen AS (
    SELECT 'beeld_signalen' AS tabel, niveau, gemeente, periode, periode_type, jaar, dimensie, waarde_code, aantal,
    FROM beeld_signalen
    UNION ALL
    SELECT 'beeld_bibob' AS tabel, niveau, gemeente, periode, periode_type, jaar, dimensie, waarde_code, aantal,
    FROM beeld_bibob
    WHERE niveau = 'district' AND periode_type = 'jaar'
    UNION ALL
    SELECT 'beeld_controles' AS tabel, niveau, gemeente, periode, periode_type, jaar, dimensie, waarde_code, aantal,
    FROM beeld_controles
    UNION ALL
    SELECT 'beeld_trainingen' AS tabel, niveau, gemeente, periode, periode_type, jaar, dimensie, waarde_code, aantal,
    FROM beeld_trainingen
),

start AS (
    SELECT
        *,
        tabel = 'beeld_signalen' AND dimensie = 'bron' AND waarde_code = 'mma'
            AND NOT (niveau = 'district' AND periode_type = 'jaar') AS alleen_district_jaar,
        aantal BETWEEN 1 AND 4 OR (alleen_district_jaar AND aantal > 0) AS verborgen,
        [tabel, periode, dimensie, waarde_code] AS relatie_a,
        CASE WHEN niveau = 'gemeente' THEN relatie_a END AS deel_a,
        niveau = 'district' AS totaal_a,
        [tabel, gemeente, jaar, dimensie, waarde_code] AS relatie_b,
        CASE WHEN periode_type = 'kwartaal' THEN relatie_b END AS deel_b,
        periode_type = 'jaar' AS totaal_b,
        [tabel, gemeente, periode] AS relatie_c,
        CASE
            WHEN dimensie IN ('fenomeen', 'bron', 'onderwerp', 'doelgroep', 'mate_van_gevaar', 'besluit', 'besluitgroep')
                THEN [tabel, gemeente, periode, dimensie]
        END AS deel_c,
        dimensie = 'totaal' AS totaal_c,
        concat_ws('|', gemeente, periode, waarde_code) AS volgorde,
    FROM cellen
),

stap_1_totaal AS (
    SELECT
        *,
        coalesce(bool_or(totaal_a AND verborgen AND aantal > 0) OVER (PARTITION BY relatie_a), false)
            AS totaal_verborgen,
    FROM start
),

stap_1_delen AS (
    SELECT
        * EXCLUDE (totaal_verborgen) REPLACE (
            bijverbergen(deel_a, verborgen, aantal, volgorde, totaal_verborgen) AS verborgen
        ),
        onthult_totaal(deel_a, verborgen, aantal, totaal_verborgen) AS onthult,
    FROM stap_1_totaal
),

stap_1 AS (
    SELECT * EXCLUDE (onthult) REPLACE (
        verborgen OR (totaal_a AND bool_or(onthult) OVER (PARTITION BY relatie_a)) AS verborgen
    )
    FROM stap_1_delen
),

stap_2_totaal AS (
    SELECT
        *,
        coalesce(bool_or(totaal_b AND verborgen AND aantal > 0) OVER (PARTITION BY relatie_b), false)
            AS totaal_verborgen,
    FROM stap_1
),

stap_2_delen AS (
    SELECT
        * EXCLUDE (totaal_verborgen) REPLACE (
            bijverbergen(deel_b, verborgen, aantal, volgorde, totaal_verborgen) AS verborgen
        ),
        onthult_totaal(deel_b, verborgen, aantal, totaal_verborgen) AS onthult,
    FROM stap_2_totaal
),

stap_2 AS (
    SELECT * EXCLUDE (onthult) REPLACE (
        verborgen OR (totaal_b AND bool_or(onthult) OVER (PARTITION BY relatie_b)) AS verborgen
    )
    FROM stap_2_delen
),

stap_3_totaal AS (
    SELECT
        *,
        coalesce(bool_or(totaal_c AND verborgen AND aantal > 0) OVER (PARTITION BY relatie_c), false)
            AS totaal_verborgen,
    FROM stap_2
),

stap_3_delen AS (
    SELECT
        * EXCLUDE (totaal_verborgen) REPLACE (
            bijverbergen(deel_c, verborgen, aantal, volgorde, totaal_verborgen) AS verborgen
        ),
        onthult_totaal(deel_c, verborgen, aantal, totaal_verborgen) AS onthult,
    FROM stap_3_totaal
),

-- Materialized: planned as one query, the six passes kept DuckDB's filter pushdown busy for about 0.4 s
-- (longer than computing them); split here, planning takes milliseconds. The rows are the same.
stap_3 AS MATERIALIZED (
    SELECT * EXCLUDE (onthult) REPLACE (
        verborgen OR (totaal_c AND bool_or(onthult) OVER (PARTITION BY relatie_c)) AS verborgen
    )
    FROM stap_3_delen
),

stap_4_totaal AS (
    SELECT
        *,
        coalesce(bool_or(totaal_a AND verborgen AND aantal > 0) OVER (PARTITION BY relatie_a), false)
            AS totaal_verborgen,
    FROM stap_3
),

stap_4_delen AS (
    SELECT
        * EXCLUDE (totaal_verborgen) REPLACE (
            bijverbergen(deel_a, verborgen, aantal, volgorde, totaal_verborgen) AS verborgen
        ),
        onthult_totaal(deel_a, verborgen, aantal, totaal_verborgen) AS onthult,
    FROM stap_4_totaal
),

stap_4 AS (
    SELECT * EXCLUDE (onthult) REPLACE (
        verborgen OR (totaal_a AND bool_or(onthult) OVER (PARTITION BY relatie_a)) AS verborgen
    )
    FROM stap_4_delen
),

stap_5_totaal AS (
    SELECT
        *,
        coalesce(bool_or(totaal_b AND verborgen AND aantal > 0) OVER (PARTITION BY relatie_b), false)
            AS totaal_verborgen,
    FROM stap_4
),

stap_5_delen AS (
    SELECT
        * EXCLUDE (totaal_verborgen) REPLACE (
            bijverbergen(deel_b, verborgen, aantal, volgorde, totaal_verborgen) AS verborgen
        ),
        onthult_totaal(deel_b, verborgen, aantal, totaal_verborgen) AS onthult,
    FROM stap_5_totaal
),

stap_5 AS (
    SELECT * EXCLUDE (onthult) REPLACE (
        verborgen OR (totaal_b AND bool_or(onthult) OVER (PARTITION BY relatie_b)) AS verborgen
    )
    FROM stap_5_delen
),

stap_6_totaal AS (
    SELECT
        *,
        coalesce(bool_or(totaal_c AND verborgen AND aantal > 0) OVER (PARTITION BY relatie_c), false)
            AS totaal_verborgen,
    FROM stap_5
),

stap_6_delen AS (
    SELECT
        * EXCLUDE (totaal_verborgen) REPLACE (
            bijverbergen(deel_c, verborgen, aantal, volgorde, totaal_verborgen) AS verborgen
        ),
        onthult_totaal(deel_c, verborgen, aantal, totaal_verborgen) AS onthult,
    FROM stap_6_totaal
),

stap_6 AS (
    SELECT * EXCLUDE (onthult) REPLACE (
        verborgen OR (totaal_c AND bool_or(onthult) OVER (PARTITION BY relatie_c)) AS verborgen
    )
    FROM stap_6_delen
)

SELECT
    tabel,
    niveau,
    gemeente,
    periode,
    periode_type,
    jaar,
    dimensie,
    waarde_code,
    CASE WHEN NOT verborgen THEN publiek_aantal(aantal) END AS aantal,
    CASE
        WHEN aantal BETWEEN 1 AND 4 THEN '<5'
        WHEN verborgen THEN 'onderdrukt'
        ELSE CAST(publiek_aantal(aantal) AS VARCHAR)
    END AS aantal_weergave,
FROM stap_6
WHERE NOT alleen_district_jaar
