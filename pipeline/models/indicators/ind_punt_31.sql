-- One row per evaluation for the OM: its communication moments on undermining cases (ambitiepunt 31).
WITH toepasselijk AS (
    SELECT * FROM toepasselijk('31')
),

telling AS (
    SELECT
        toepasselijk.organisatie,
        toepasselijk.jaar,
        count(overleggen.overleg_id) AS aantal,
    FROM toepasselijk
    LEFT JOIN stg_overleggen AS overleggen
        ON overleggen.organisatie = toepasselijk.organisatie
        AND overleggen.datum BETWEEN toepasselijk.begin AND toepasselijk.einde
        AND overleggen.type = param('31', 'overlegtype')
    GROUP BY ALL
)

SELECT
    organisatie,
    '31' AS ambitiepunt,
    jaar,
    CASE
        WHEN NOT aangeleverd(organisatie, 'overleggen', jaar) THEN 'geen_gegevens'
        WHEN aantal >= CAST(param('31', 'minimum_voldaan') AS INTEGER) THEN 'voldaan'
        WHEN aantal >= CAST(param('31', 'minimum_deels') AS INTEGER) THEN 'deels'
        ELSE 'niet_voldaan'
    END AS status,
    CASE WHEN aangeleverd(organisatie, 'overleggen', jaar) THEN aantal END AS waarde,
    CASE
        WHEN NOT aangeleverd(organisatie, 'overleggen', jaar) THEN format('Geen overleggen aangeleverd over {}.', evaluatie_naam(jaar))
        ELSE format(
            '{} communicatiemoment(en) van het OM in {}; norm: minstens {}.',
            aantal,
            evaluatie_naam(jaar),
            param('31', 'minimum_voldaan')
        )
    END AS toelichting,
FROM telling
