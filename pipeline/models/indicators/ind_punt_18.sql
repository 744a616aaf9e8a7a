-- One row per gemeente and evaluation: integrale controles in the gemeente on the DUP's themes (ambitiepunt 18).
WITH toepasselijk AS (
    SELECT * FROM toepasselijk('18')
),

controles AS (
    SELECT * FROM stg_controles
),

-- The DUP themes per year; a year without its own list keeps the latest earlier one (DTO only sets a year when the DUP changes).
dup_themas AS (
    SELECT
        CAST(entry.key AS INTEGER) AS jaar,
        entry.value AS themas,
    FROM (
        SELECT unnest(map_entries(CAST(CAST(param('18', 'dup_themas') AS JSON) AS MAP(VARCHAR, VARCHAR[])))) AS entry
    )
),

controles_met_themas AS (
    SELECT
        controles.gemeente,
        controles.datum,
        len(list_intersect(controles.dup_themas, dup_themas.themas)) > 0 AS op_dup_thema,
    FROM controles
    ASOF LEFT JOIN dup_themas
        ON year(controles.datum) >= dup_themas.jaar
),

telling AS (
    SELECT
        toepasselijk.organisatie,
        toepasselijk.jaar,
        count(controles.datum) AS aantal,
        count(controles.datum) FILTER (WHERE controles.op_dup_thema) AS op_dup_thema,
    FROM toepasselijk
    LEFT JOIN controles_met_themas AS controles
        ON controles.gemeente = toepasselijk.organisatie
        AND controles.datum BETWEEN toepasselijk.begin AND toepasselijk.einde
    GROUP BY ALL
)

SELECT
    organisatie,
    '18' AS ambitiepunt,
    jaar,
    CASE
        WHEN NOT ergens_aangeleverd('controles', jaar) THEN 'geen_gegevens'
        WHEN op_dup_thema >= CAST(param('18', 'minimum_voldaan') AS INTEGER) THEN 'voldaan'
        WHEN aantal > 0 THEN 'deels'
        ELSE 'niet_voldaan'
    END AS status,
    CASE WHEN ergens_aangeleverd('controles', jaar) THEN aantal END AS waarde,
    CASE
        WHEN NOT ergens_aangeleverd('controles', jaar) THEN format('Geen enkele organisatie heeft controles aangeleverd over {}.', evaluatie_naam(jaar))
        WHEN aantal = 0 THEN format('Geen integrale controles in de gemeente in {}.', evaluatie_naam(jaar))
        ELSE format(
            '{} integrale controle(s) in de gemeente in {}, waarvan {} ({} %) op een DUP-thema; norm: minstens {} op een DUP-thema.',
            aantal,
            evaluatie_naam(jaar),
            op_dup_thema,
            CAST(round(100 * op_dup_thema / aantal) AS INTEGER),
            param('18', 'minimum_voldaan')
        )
    END AS toelichting,
FROM telling
