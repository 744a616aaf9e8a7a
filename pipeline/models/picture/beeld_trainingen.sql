-- One row per gebied, periode, dimensie ('totaal', 'onderwerp', 'doelgroep') and waarde_code: participants in trainings as currently known.
WITH trainingen AS (
    SELECT * FROM stg_trainingen
),

organisaties AS (
    SELECT * FROM ref_organisaties
),

raster AS (
    SELECT * FROM beeld_raster
),

-- A gemeente's trainings count for it and for the district; those of other organisations for the district only.
per_gebied AS (
    SELECT
        trainingen.*,
        unnest(CASE WHEN organisaties.type = 'gemeente' THEN [trainingen.organisatie, 'DISTRICT'] ELSE ['DISTRICT'] END)
            AS gebied,
    FROM trainingen
    JOIN organisaties
        ON organisaties.code = trainingen.organisatie
),

cellen AS (
    SELECT
        *,
        unnest([periode, left(periode, 4)]) AS cel_periode,
    FROM per_gebied
),

tellingen AS (
    SELECT
        gebied,
        cel_periode,
        CASE
            WHEN grouping(onderwerp) = 0 THEN 'onderwerp'
            WHEN grouping(doelgroep) = 0 THEN 'doelgroep'
            ELSE 'totaal'
        END AS dimensie,
        coalesce(onderwerp, doelgroep, 'totaal') AS waarde_code,
        sum(deelnemers) AS aantal,
        count(*) AS trainingen,
    FROM cellen
    GROUP BY GROUPING SETS ((gebied, cel_periode), (gebied, cel_periode, onderwerp), (gebied, cel_periode, doelgroep))
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
    CAST(coalesce(tellingen.trainingen, 0) AS INTEGER) AS aantal_trainingen,
FROM raster
LEFT JOIN tellingen
    ON tellingen.gebied = raster.gemeente AND tellingen.cel_periode = raster.periode
