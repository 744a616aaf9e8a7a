-- One row per organisation, ambitiepunt and evaluation (2025, 2026, stand): status, waarde, norm, toelichting.
WITH berekend AS (
    SELECT * FROM norm_indicatoren_per_punt
),

niet_van_toepassing AS (
    SELECT
        organisaties.code AS organisatie,
        punten.punt AS ambitiepunt,
        evaluaties.jaar,
        'nvt' AS status,
        CAST(NULL AS DOUBLE) AS waarde,
        'Dit ambitiepunt geldt niet voor ' || organisaties.naam || '.' AS toelichting,
    FROM ref_organisaties AS organisaties
    CROSS JOIN ref_ambitiepunten AS punten
    CROSS JOIN evaluaties
    WHERE NOT list_contains(punten.geldt_voor, organisaties.type)
),

alle AS (
    SELECT * FROM berekend
    UNION ALL BY NAME
    SELECT * FROM niet_van_toepassing
)

SELECT
    alle.organisatie,
    alle.ambitiepunt,
    alle.jaar,
    alle.status,
    alle.waarde,
    punten.norm,
    alle.toelichting,
FROM alle
JOIN ref_ambitiepunten AS punten
    ON punten.punt = alle.ambitiepunt
