-- One row per gebied, periode, dimensie and waarde_code of beeld_signalen as the public may see it (pub_tellingen's
-- rules; MMA only for the district per year); rates come from the published count, shares and medians need 10 signals.
WITH beeld AS (
    SELECT * FROM beeld_signalen
),

tellingen AS (
    SELECT * FROM pub_tellingen
    WHERE tabel = 'beeld_signalen'
),

raster AS (
    SELECT * FROM beeld_raster
)

SELECT
    tellingen.niveau,
    tellingen.gemeente,
    tellingen.periode,
    tellingen.periode_type,
    tellingen.jaar,
    tellingen.dimensie,
    tellingen.waarde_code,
    tellingen.aantal,
    tellingen.aantal_weergave,
    round(tellingen.aantal * 10000.0 / raster.inwoners, 2) AS per_10000,
    CASE WHEN tellingen.aantal IS NOT NULL THEN publiek_aandeel(beeld.aantal_besproken_in_loo, beeld.aantal) END
        AS aandeel_besproken_in_loo,
    CASE WHEN tellingen.aantal IS NOT NULL THEN publiek_aandeel(beeld.aantal_opgevolgd, beeld.aantal) END
        AS aandeel_opgevolgd,
    CASE
        WHEN tellingen.aantal IS NOT NULL AND beeld.aantal_afgesloten >= 10 THEN round(beeld.mediaan_dagen_tot_afsluiting)
    END AS mediaan_dagen_tot_afsluiting,
FROM tellingen
JOIN beeld
    USING (gemeente, periode, dimensie, waarde_code)
JOIN raster
    USING (gemeente, periode)
