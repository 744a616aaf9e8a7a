-- One row per gebied, periode, dimensie and waarde_code: Bibob dossiers open or changed in the period (in their current state) and tips given.
WITH dossiers AS (
    SELECT * FROM stg_bibob
),

dossier_perioden AS (
    SELECT * FROM stg_bibob_perioden
),

tips AS (
    SELECT * FROM stg_tips
),

organisaties AS (
    SELECT * FROM ref_organisaties
),

raster AS (
    SELECT * FROM beeld_raster
),

-- A dossier belongs to the gemeente that delivered it; those of other organisations (the province) only to the district.
gebieden_van AS (
    SELECT
        code AS organisatie,
        CASE WHEN type = 'gemeente' THEN [code, 'DISTRICT'] ELSE ['DISTRICT'] END AS gebieden,
    FROM organisaties
),

-- A dossier counts in every quarter that lists it, and once in a year, always in its current state.
dossier_perioden_en_jaren AS (
    SELECT DISTINCT
        organisatie,
        dossier_id,
        unnest([periode, left(periode, 4)]) AS cel_periode,
    FROM dossier_perioden
),

dossier_gebieden AS (
    SELECT
        cellen.dossier_id,
        cellen.cel_periode,
        unnest(gebieden_van.gebieden) AS gebied,
        cellen.organisatie,
    FROM dossier_perioden_en_jaren AS cellen
    JOIN gebieden_van USING (organisatie)
),

dossier_cellen AS (
    SELECT
        dossier_gebieden.gebied,
        dossier_gebieden.cel_periode,
        dossiers.*,
    FROM dossier_gebieden
    JOIN dossiers USING (organisatie, dossier_id)
),

totalen AS (
    SELECT
        gebied,
        cel_periode,
        'totaal' AS dimensie,
        'totaal' AS waarde_code,
        count(*) AS aantal,
        count_if(eigen_onderzoek) AS aantal_eigen_onderzoek,
        count(datum_besluit) AS aantal_besloten,
        median(datum_besluit - datum_aanvraag) AS mediaan_dagen_tot_besluit,
    FROM dossier_cellen
    GROUP BY ALL
),

verdelingen AS (
    SELECT gebied, cel_periode, dimensie, waarde_code, count(*) AS aantal,
    FROM (
        SELECT gebied, cel_periode, 'lbb_advies' AS dimensie, 'aangevraagd' AS waarde_code,
        FROM dossier_cellen
        WHERE lbb_advies_aangevraagd
        UNION ALL
        SELECT gebied, cel_periode, 'lbb_advies', 'ontvangen',
        FROM dossier_cellen
        WHERE datum_lbb_advies IS NOT NULL
        UNION ALL
        SELECT gebied, cel_periode, 'mate_van_gevaar', coalesce(mate_van_gevaar, 'onbekend'),
        FROM dossier_cellen
        UNION ALL
        SELECT gebied, cel_periode, 'besluit', besluit,
        FROM dossier_cellen
        UNION ALL
        -- Refusals are geweigerd and ingetrokken; an application withdrawn after the Bibob check is deterrence.
        SELECT
            gebied,
            cel_periode,
            'besluitgroep',
            CASE
                WHEN besluit IN ('geweigerd', 'ingetrokken') THEN 'weigering'
                WHEN besluit = 'aanvraag_ingetrokken' THEN 'afschrikking'
                WHEN besluit IN ('verleend', 'verleend_met_voorschriften') THEN 'verleend'
                ELSE besluit
            END,
        FROM dossier_cellen
    )
    GROUP BY ALL
),

tip_cellen AS (
    SELECT
        tips.organisatie,
        unnest([tips.periode, left(tips.periode, 4)]) AS cel_periode,
    FROM tips
),

tip_tellingen AS (
    SELECT
        gebied,
        cel_periode,
        'tips' AS dimensie,
        'gegeven' AS waarde_code,
        count(*) AS aantal,
    FROM (
        SELECT
            tip_cellen.cel_periode,
            unnest(gebieden_van.gebieden) AS gebied,
        FROM tip_cellen
        JOIN gebieden_van USING (organisatie)
    )
    GROUP BY ALL
),

tellingen AS (
    SELECT * FROM totalen
    UNION ALL BY NAME
    SELECT * FROM verdelingen
    UNION ALL BY NAME
    SELECT * FROM tip_tellingen
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
    CAST(tellingen.aantal_eigen_onderzoek AS INTEGER) AS aantal_eigen_onderzoek,
    tellingen.aantal_eigen_onderzoek / tellingen.aantal AS aandeel_eigen_onderzoek,
    CAST(tellingen.aantal_besloten AS INTEGER) AS aantal_besloten,
    tellingen.mediaan_dagen_tot_besluit,
FROM raster
LEFT JOIN tellingen
    ON tellingen.gebied = raster.gemeente AND tellingen.cel_periode = raster.periode
