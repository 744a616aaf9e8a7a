-- One row per gebied, periode, dimensie and waarde_code of beeld_controles as the public may see it (pub_tellingen's rules);
-- shares and averages need a denominator of 10, findings per 100 addresses come from the published counts.
WITH beeld AS (
    SELECT * FROM beeld_controles
),

tellingen AS (
    SELECT * FROM pub_tellingen
    WHERE tabel = 'beeld_controles'
),

bezocht AS (
    SELECT
        gemeente,
        periode,
        beeld.aantal AS adressen_bezocht,
        tellingen.aantal AS adressen_bezocht_publiek,
    FROM beeld
    JOIN tellingen
        USING (gemeente, periode, dimensie, waarde_code)
    WHERE dimensie = 'adressen' AND waarde_code = 'bezocht'
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
    CASE WHEN tellingen.aantal IS NOT NULL THEN publiek_aandeel(beeld.aantal_op_dup_thema, beeld.aantal) END
        AS aandeel_op_dup_thema,
    CASE WHEN tellingen.aantal IS NOT NULL AND beeld.aantal >= 10 THEN round(beeld.partners_per_controle, 1) END
        AS partners_per_controle,
    CASE
        WHEN tellingen.aantal IS NOT NULL AND beeld.waarde_code = 'met_bevinding'
            THEN publiek_aandeel(beeld.aantal, bezocht.adressen_bezocht)
    END AS trefkans,
    CASE
        WHEN beeld.dimensie = 'bevinding' AND bezocht.adressen_bezocht_publiek > 0
            THEN round(tellingen.aantal * 100.0 / bezocht.adressen_bezocht_publiek)
    END AS per_100_adressen,
FROM tellingen
JOIN beeld
    USING (gemeente, periode, dimensie, waarde_code)
JOIN bezocht
    USING (gemeente, periode)
