-- One row per gemeente and evaluation: the roll-up of the vergunningenstelsels 10A, 10B and 10C (ambitiepunt 10).
WITH toepasselijk AS (
    SELECT * FROM toepasselijk('10')
),

-- Read from the parts' own models, not from norm_indicatoren, which stacks this model too.
onderdelen AS (
    SELECT organisatie, ambitiepunt, jaar, status FROM ind_punt_10a
    UNION ALL
    SELECT organisatie, ambitiepunt, jaar, status FROM ind_punt_10b
    UNION ALL
    SELECT organisatie, ambitiepunt, jaar, status FROM ind_punt_10c
),

telling AS (
    SELECT
        toepasselijk.organisatie,
        toepasselijk.jaar,
        count(onderdelen.status) AS onderdelen,
        count(onderdelen.status) FILTER (WHERE onderdelen.status = 'voldaan') AS voldaan,
        count(onderdelen.status) FILTER (WHERE onderdelen.status = 'geen_gegevens') AS zonder_gegevens,
        coalesce(list_sort(list(onderdelen.ambitiepunt) FILTER (WHERE onderdelen.status = 'voldaan')), []) AS voldane,
    FROM toepasselijk
    LEFT JOIN onderdelen
        ON onderdelen.organisatie = toepasselijk.organisatie
        AND onderdelen.jaar = toepasselijk.jaar
        AND list_contains(param_lijst('10', 'onderdelen'), onderdelen.ambitiepunt)
    GROUP BY ALL
)

SELECT
    organisatie,
    '10' AS ambitiepunt,
    jaar,
    CASE
        WHEN zonder_gegevens = onderdelen THEN 'geen_gegevens'
        WHEN voldaan >= CAST(param('10', 'minimum_voldaan') AS INTEGER) THEN 'voldaan'
        WHEN voldaan >= CAST(param('10', 'minimum_deels') AS INTEGER) THEN 'deels'
        ELSE 'niet_voldaan'
    END AS status,
    CASE WHEN zonder_gegevens < onderdelen THEN voldaan END AS waarde,
    CASE
        WHEN zonder_gegevens = onderdelen
            THEN format('Geen gegevens voor de onderdelen {}.', array_to_string(param_lijst('10', 'onderdelen'), ', '))
        ELSE format(
            '{} van {} onderdelen voldaan ({}).',
            voldaan,
            onderdelen,
            CASE WHEN voldaan = 0 THEN 'geen' ELSE array_to_string(voldane, ', ') END
        )
    END AS toelichting,
FROM telling
