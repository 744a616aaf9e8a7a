-- One row per evaluation for the OM: the OM present in driehoek, DOO and DIS, as any organisation delivered them (ambitiepunt 30).
WITH toepasselijk AS (
    SELECT * FROM toepasselijk('30')
),

overleggen AS (
    SELECT *
    FROM stg_overleggen
    WHERE list_contains(param_lijst('30', 'overlegtypen'), type)
        AND len(list_intersect(aanwezig, param_lijst('30', 'aanwezig'))) > 0
),

telling AS (
    SELECT
        toepasselijk.organisatie,
        toepasselijk.jaar,
        list_sort(list_distinct(list(overleggen.type))) AS typen,
        param_lijst('30', 'overlegtypen') AS alle_typen,
    FROM toepasselijk
    LEFT JOIN overleggen
        ON overleggen.datum BETWEEN toepasselijk.begin AND toepasselijk.einde
    GROUP BY ALL
)

SELECT
    organisatie,
    '30' AS ambitiepunt,
    jaar,
    CASE
        WHEN NOT ergens_aangeleverd('overleggen', jaar) THEN 'geen_gegevens'
        WHEN len(typen) >= CAST(param('30', 'minimum_voldaan') AS INTEGER) THEN 'voldaan'
        WHEN len(typen) >= CAST(param('30', 'minimum_deels') AS INTEGER) THEN 'deels'
        ELSE 'niet_voldaan'
    END AS status,
    CASE WHEN ergens_aangeleverd('overleggen', jaar) THEN len(typen) END AS waarde,
    CASE
        WHEN NOT ergens_aangeleverd('overleggen', jaar) THEN format('Geen enkele organisatie heeft overleggen aangeleverd over {}.', evaluatie_naam(jaar))
        WHEN len(typen) = len(alle_typen) THEN format(
            'Het OM was in {} aanwezig bij alle {} overlegtypen: {}.',
            evaluatie_naam(jaar),
            len(alle_typen),
            array_to_string(typen, ', ')
        )
        ELSE format(
            'Het OM was in {} aanwezig bij {} van {} overlegtypen; ontbreekt: {}.',
            evaluatie_naam(jaar),
            len(typen),
            len(alle_typen),
            array_to_string(list_filter(alle_typen, lambda t: NOT list_contains(typen, t)), ', ')
        )
    END AS toelichting,
FROM telling
