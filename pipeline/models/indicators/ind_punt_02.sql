-- One row per gemeente and evaluation: meetings on integrale communicatie (ambitiepunt 2).
WITH toepasselijk AS (
    SELECT * FROM toepasselijk('2')
),

communicatie AS (
    SELECT
        toepasselijk.organisatie,
        toepasselijk.jaar,
        aangeleverd(toepasselijk.organisatie, 'overleggen', toepasselijk.jaar) AS geleverd,
        count(overleggen.overleg_id) AS aantal,
    FROM toepasselijk
    LEFT JOIN stg_overleggen AS overleggen
        ON overleggen.organisatie = toepasselijk.organisatie
        AND overleggen.datum BETWEEN toepasselijk.begin AND toepasselijk.einde
        AND overleggen.type = param('2', 'overlegtype')
    GROUP BY ALL
)

SELECT
    organisatie,
    '2' AS ambitiepunt,
    jaar,
    CASE
        WHEN NOT geleverd THEN 'geen_gegevens'
        WHEN aantal >= CAST(param('2', 'minimum_voldaan') AS INTEGER) THEN 'voldaan'
        ELSE 'niet_voldaan'
    END AS status,
    CASE WHEN geleverd THEN aantal END AS waarde,
    CASE
        WHEN NOT geleverd THEN format('Geen overleggen aangeleverd over {}.', evaluatie_naam(jaar))
        ELSE format(
            '{} overleg(gen) integrale communicatie in {}; norm: minstens {}.',
            aantal,
            evaluatie_naam(jaar),
            param('2', 'minimum_voldaan')
        )
    END AS toelichting,
FROM communicatie
