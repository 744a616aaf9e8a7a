-- One row per gebied, periode, dimensie ('totaal', 'fenomeen', 'bron') and waarde_code: signals of undermining as currently known.
WITH raster AS (
    SELECT * FROM beeld_raster
),

-- A signal counts for the gemeente where it happened, whoever reported it, and for the district; for its
-- quarter and its year. The counts add up, so they come from a few thousand rows, one per place, quarter,
-- fenomeen and bron; only the median needs single signals, and only the closed ones.
delen AS (
    SELECT
        coalesce(gemeente, organisatie) AS plaats,
        periode,
        fenomeen,
        bron,
        count(*) AS aantal,
        count_if(besproken_in_loo) AS aantal_besproken_in_loo,
        count_if(opvolging NOT IN ('geen', 'lopend')) AS aantal_opgevolgd,
        count(datum_afgesloten) AS aantal_afgesloten,
    FROM stg_signalen
    GROUP BY ALL
    UNION ALL BY NAME
    SELECT
        coalesce(gemeente, organisatie) AS plaats,
        periode,
        fenomeen,
        bron,
        datum_afgesloten - datum_ontvangen AS dagen,
    FROM stg_signalen
    WHERE datum_afgesloten IS NOT NULL
),

tellingen AS (
    SELECT
        gebied,
        cel_periode,
        CASE
            WHEN grouping(fenomeen) = 0 THEN 'fenomeen'
            WHEN grouping(bron) = 0 THEN 'bron'
            ELSE 'totaal'
        END AS dimensie,
        coalesce(fenomeen, bron, 'totaal') AS waarde_code,
        CAST(sum(aantal) AS INTEGER) AS aantal,
        CAST(sum(aantal_besproken_in_loo) AS INTEGER) AS aantal_besproken_in_loo,
        CAST(sum(aantal_opgevolgd) AS INTEGER) AS aantal_opgevolgd,
        CAST(sum(aantal_afgesloten) AS INTEGER) AS aantal_afgesloten,
        median(dagen) AS mediaan_dagen_tot_afsluiting,
    FROM (
        -- Each row once for its place and once for the district, for its quarter and for its year.
        SELECT *, unnest([periode, left(periode, 4)]) AS cel_periode
        FROM (SELECT *, unnest([plaats, 'DISTRICT']) AS gebied FROM delen)
    )
    GROUP BY GROUPING SETS ((gebied, cel_periode), (gebied, cel_periode, fenomeen), (gebied, cel_periode, bron))
)

SELECT
    raster.niveau,
    raster.gemeente,
    raster.periode,
    raster.periode_type,
    raster.jaar,
    coalesce(tellingen.dimensie, 'totaal') AS dimensie,
    coalesce(tellingen.waarde_code, 'totaal') AS waarde_code,
    coalesce(tellingen.aantal, 0) AS aantal,
    coalesce(tellingen.aantal, 0) * 10000.0 / raster.inwoners AS per_10000,
    coalesce(tellingen.aantal_besproken_in_loo, 0) AS aantal_besproken_in_loo,
    tellingen.aantal_besproken_in_loo / tellingen.aantal AS aandeel_besproken_in_loo,
    coalesce(tellingen.aantal_opgevolgd, 0) AS aantal_opgevolgd,
    tellingen.aantal_opgevolgd / tellingen.aantal AS aandeel_opgevolgd,
    coalesce(tellingen.aantal_afgesloten, 0) AS aantal_afgesloten,
    tellingen.mediaan_dagen_tot_afsluiting,
FROM raster
LEFT JOIN tellingen
    ON tellingen.gebied = raster.gemeente AND tellingen.cel_periode = raster.periode
