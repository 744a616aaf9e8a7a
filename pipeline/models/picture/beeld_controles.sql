-- One row per gebied, periode, dimensie ('totaal', 'adressen', 'bevinding') and waarde_code: integrale controles as currently known.
WITH controles AS (
    SELECT * FROM stg_controles
),

raster AS (
    SELECT * FROM beeld_raster
),

-- The DUP's themes are set per year (ambitiepunt 18): a controle is on a DUP theme of its own year.
met_dup AS (
    SELECT
        *,
        coalesce(
            list_has_any(
                dup_themas,
                CAST(json(param('18', 'dup_themas')) -> CAST(year(datum) AS VARCHAR) AS VARCHAR[])
            ),
            false
        ) AS op_dup_thema,
    FROM controles
),

-- A controle counts for the gemeente it was held in, whoever delivered it, and for the district.
per_gebied AS (
    SELECT
        *,
        unnest([gemeente, 'DISTRICT']) AS gebied,
    FROM met_dup
),

cellen AS (
    SELECT
        *,
        unnest([periode, left(periode, 4)]) AS cel_periode,
    FROM per_gebied
),

totalen AS (
    SELECT
        gebied,
        cel_periode,
        count(*) AS aantal,
        count_if(op_dup_thema) AS aantal_op_dup_thema,
        avg(len(partners)) AS partners_per_controle,
        sum(adressen_bezocht) AS adressen_bezocht,
        sum(adressen_met_bevinding) AS adressen_met_bevinding,
    FROM cellen
    GROUP BY ALL
),

bevindingen AS (
    SELECT
        gebied,
        cel_periode,
        bevinding.key AS categorie,
        sum(bevinding.value) AS aantal,
    FROM (SELECT gebied, cel_periode, unnest(map_entries(bevindingen)) AS bevinding FROM cellen)
    GROUP BY ALL
),

tellingen AS (
    SELECT
        gebied,
        cel_periode,
        'totaal' AS dimensie,
        'totaal' AS waarde_code,
        aantal,
        aantal_op_dup_thema,
        aantal_op_dup_thema / aantal AS aandeel_op_dup_thema,
        partners_per_controle,
    FROM totalen
    UNION ALL BY NAME
    SELECT gebied, cel_periode, 'adressen' AS dimensie, 'bezocht' AS waarde_code, adressen_bezocht AS aantal,
    FROM totalen
    UNION ALL BY NAME
    -- The hit rate: addresses with a finding ÷ addresses visited.
    SELECT
        gebied,
        cel_periode,
        'adressen' AS dimensie,
        'met_bevinding' AS waarde_code,
        adressen_met_bevinding AS aantal,
        adressen_met_bevinding / adressen_bezocht AS trefkans,
    FROM totalen
    UNION ALL BY NAME
    SELECT
        bevindingen.gebied,
        bevindingen.cel_periode,
        'bevinding' AS dimensie,
        bevindingen.categorie AS waarde_code,
        bevindingen.aantal,
        bevindingen.aantal * 100.0 / totalen.adressen_bezocht AS per_100_adressen,
    FROM bevindingen
    JOIN totalen USING (gebied, cel_periode)
)

SELECT
    raster.niveau,
    raster.gemeente,
    raster.periode,
    raster.periode_type,
    raster.jaar,
    coalesce(tellingen.dimensie, 'totaal') AS dimensie,
    coalesce(tellingen.waarde_code, 'totaal') AS waarde_code,
    CAST(coalesce(tellingen.aantal, 0) AS INTEGER) AS aantal,
    CAST(tellingen.aantal_op_dup_thema AS INTEGER) AS aantal_op_dup_thema,
    tellingen.aandeel_op_dup_thema,
    tellingen.partners_per_controle,
    tellingen.trefkans,
    tellingen.per_100_adressen,
FROM raster
LEFT JOIN tellingen
    ON tellingen.gebied = raster.gemeente AND tellingen.cel_periode = raster.periode
