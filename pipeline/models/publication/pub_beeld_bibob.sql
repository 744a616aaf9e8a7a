-- One row per dimensie and waarde_code of beeld_bibob for the district per year, the only level at which Bibob is published
-- (art. 28 Wet Bibob); counts by pub_tellingen's rules, the share and median only from 10 dossiers.
WITH beeld AS (
    SELECT * FROM beeld_bibob
),

tellingen AS (
    SELECT * FROM pub_tellingen
    WHERE tabel = 'beeld_bibob' AND niveau = 'district' AND periode_type = 'jaar'
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
    CASE WHEN tellingen.aantal IS NOT NULL THEN publiek_aandeel(beeld.aantal_eigen_onderzoek, beeld.aantal) END
        AS aandeel_eigen_onderzoek,
    CASE
        WHEN tellingen.aantal IS NOT NULL AND beeld.aantal_besloten >= 10 THEN round(beeld.mediaan_dagen_tot_besluit)
    END AS mediaan_dagen_tot_besluit,
FROM tellingen
JOIN beeld
    USING (gemeente, periode, dimensie, waarde_code)
