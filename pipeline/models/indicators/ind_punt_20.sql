-- One row per evaluation for DTO: TOV trainings on bestuurlijk instrumentarium, delivered by any organisation (ambitiepunt 20).
WITH toepasselijk AS (
    SELECT * FROM toepasselijk('20')
),

trainingen AS (
    SELECT *
    FROM stg_trainingen
    WHERE list_contains(param_lijst('20', 'onderwerpen'), onderwerp)
        AND list_contains(param_lijst('20', 'aanbieders'), aanbieder)
),

telling AS (
    SELECT
        toepasselijk.organisatie,
        toepasselijk.jaar,
        count(trainingen.training_id) AS aantal,
        count(DISTINCT trainingen.organisatie) AS organisaties,
    FROM toepasselijk
    LEFT JOIN trainingen
        ON trainingen.datum BETWEEN toepasselijk.begin AND toepasselijk.einde
    GROUP BY ALL
)

SELECT
    organisatie,
    '20' AS ambitiepunt,
    jaar,
    CASE
        WHEN NOT ergens_aangeleverd('trainingen', jaar) THEN 'geen_gegevens'
        WHEN aantal >= CAST(param('20', 'minimum_voldaan') AS INTEGER) THEN 'voldaan'
        ELSE 'niet_voldaan'
    END AS status,
    CASE WHEN ergens_aangeleverd('trainingen', jaar) THEN aantal END AS waarde,
    CASE
        WHEN NOT ergens_aangeleverd('trainingen', jaar) THEN format('Geen enkele organisatie heeft trainingen aangeleverd over {}.', evaluatie_naam(jaar))
        ELSE format(
            '{} TOV-training(en) bestuurlijk instrumentarium in {}, aangeleverd door {} organisatie(s); norm: minstens {}.',
            aantal,
            evaluatie_naam(jaar),
            organisaties,
            param('20', 'minimum_voldaan')
        )
    END AS toelichting,
FROM telling
