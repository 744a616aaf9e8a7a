-- One row per gemeente and evaluation: policy decisions on undermining discussed in the driehoek (ambitiepunt 4).
WITH toepasselijk AS (
    SELECT * FROM toepasselijk('4')
),

driehoeken AS (
    SELECT
        toepasselijk.organisatie,
        toepasselijk.jaar,
        aangeleverd(toepasselijk.organisatie, 'overleggen', toepasselijk.jaar) AS geleverd,
        count(overleggen.overleg_id) FILTER (WHERE overleggen.beleidsbesluit_ondermijning) AS met_besluit,
        count(overleggen.overleg_id) FILTER (WHERE overleggen.ondermijning_geagendeerd) AS geagendeerd,
    FROM toepasselijk
    LEFT JOIN stg_overleggen AS overleggen
        ON overleggen.organisatie = toepasselijk.organisatie
        AND overleggen.datum BETWEEN toepasselijk.begin AND toepasselijk.einde
        AND overleggen.type = param('4', 'overlegtype')
    GROUP BY ALL
)

SELECT
    organisatie,
    '4' AS ambitiepunt,
    jaar,
    CASE
        WHEN NOT geleverd THEN 'geen_gegevens'
        WHEN met_besluit >= CAST(param('4', 'minimum_voldaan') AS INTEGER) THEN 'voldaan'
        WHEN geagendeerd >= 1 THEN 'deels'
        ELSE 'niet_voldaan'
    END AS status,
    CASE WHEN geleverd THEN met_besluit END AS waarde,
    CASE
        WHEN NOT geleverd THEN format('Geen overleggen aangeleverd over {}.', evaluatie_naam(jaar))
        ELSE format(
            '{} driehoeksoverleg(gen) met een beleidsbesluit over ondermijning en {} met ondermijning geagendeerd in {}; norm: minstens {} met besluit.',
            met_besluit,
            geagendeerd,
            evaluatie_naam(jaar),
            param('4', 'minimum_voldaan')
        )
    END AS toelichting,
FROM driehoeken
