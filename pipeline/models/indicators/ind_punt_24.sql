-- One row per gemeente or province and evaluation: integrity on the agenda at ambtelijk and bestuurlijk level (ambitiepunt 24).
WITH toepasselijk AS (
    SELECT * FROM toepasselijk('24')
),

-- A meeting at niveau 'beide' covers every level.
overleggen AS (
    SELECT
        organisatie,
        datum,
        CASE WHEN niveau = 'beide' THEN param_lijst('24', 'niveaus') ELSE [niveau] END AS niveaus,
    FROM stg_overleggen
    WHERE type = param('24', 'overlegtype')
        AND niveau IS NOT NULL
),

telling AS (
    SELECT
        toepasselijk.organisatie,
        toepasselijk.jaar,
        list_sort(list_intersect(
            param_lijst('24', 'niveaus'),
            coalesce(flatten(list(overleggen.niveaus) FILTER (WHERE overleggen.niveaus IS NOT NULL)), [])
        )) AS besproken,
        len(param_lijst('24', 'niveaus')) AS totaal,
    FROM toepasselijk
    LEFT JOIN overleggen
        ON overleggen.organisatie = toepasselijk.organisatie
        AND overleggen.datum BETWEEN toepasselijk.begin AND toepasselijk.einde
    GROUP BY ALL
)

SELECT
    organisatie,
    '24' AS ambitiepunt,
    jaar,
    CASE
        WHEN NOT aangeleverd(organisatie, 'overleggen', jaar) THEN 'geen_gegevens'
        WHEN len(besproken) = totaal THEN 'voldaan'
        WHEN len(besproken) > 0 THEN 'deels'
        ELSE 'niet_voldaan'
    END AS status,
    CASE WHEN aangeleverd(organisatie, 'overleggen', jaar) THEN len(besproken) END AS waarde,
    CASE
        WHEN NOT aangeleverd(organisatie, 'overleggen', jaar) THEN format('Geen overleggen aangeleverd over {}.', evaluatie_naam(jaar))
        WHEN len(besproken) = 0 THEN format('Integriteit in {} op geen van de {} niveaus besproken.', evaluatie_naam(jaar), totaal)
        ELSE format(
            'Integriteit in {} op {} van {} niveaus besproken: {}.',
            evaluatie_naam(jaar),
            len(besproken),
            totaal,
            array_to_string(besproken, ' en ')
        )
    END AS toelichting,
FROM telling
