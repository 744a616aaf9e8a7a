-- One row per gemeente or province and evaluation: awareness meetings on undermining (ambitiepunt 1).
WITH toepasselijk AS (
    SELECT * FROM toepasselijk('1')
),

bijeenkomsten AS (
    SELECT
        toepasselijk.organisatie,
        toepasselijk.jaar,
        count(overleggen.overleg_id) AS aantal,
    FROM toepasselijk
    LEFT JOIN stg_overleggen AS overleggen
        ON overleggen.organisatie = toepasselijk.organisatie
        AND overleggen.datum BETWEEN toepasselijk.begin AND toepasselijk.einde
        AND overleggen.type = 'bewustwording'
        AND overleggen.ondermijning_geagendeerd
    GROUP BY ALL
)

SELECT
    organisatie,
    '1' AS ambitiepunt,
    jaar,
    CASE
        WHEN NOT aangeleverd(organisatie, 'overleggen', jaar) THEN 'geen_gegevens'
        WHEN aantal >= CAST(param('1', 'minimum_voldaan') AS INTEGER) THEN 'voldaan'
        WHEN aantal >= CAST(param('1', 'minimum_deels') AS INTEGER) THEN 'deels'
        ELSE 'niet_voldaan'
    END AS status,
    aantal AS waarde,
    CASE
        WHEN NOT aangeleverd(organisatie, 'overleggen', jaar) THEN 'Geen overleggen aangeleverd voor deze periode.'
        ELSE format('{} bewustwordingsbijeenkomst(en) met ondermijning op de agenda; norm: minstens {}.', aantal, param('1', 'minimum_voldaan'))
    END AS toelichting,
FROM bijeenkomsten
