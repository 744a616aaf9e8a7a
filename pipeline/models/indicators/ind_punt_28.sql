-- One row per evaluation for the police: an EenheidsOndermijningsbeeld adopted within the window (ambitiepunt 28).
WITH toepasselijk AS (
    SELECT * FROM toepasselijk('28')
),

beelden AS (
    SELECT *
    FROM register
    WHERE ambitiepunt = '28'
        AND list_contains(param_lijst('28', 'voldaan_statussen'), status)
),

laatste AS (
    SELECT
        toepasselijk.organisatie,
        toepasselijk.jaar,
        toepasselijk.peildatum,
        max(beelden.datum_vastgesteld) AS datum_vastgesteld,
    FROM toepasselijk
    LEFT JOIN beelden
        ON beelden.organisatie = toepasselijk.organisatie
        AND beelden.jaar = toepasselijk.jaar
        -- An adoption date after the peildatum is not yet known on it.
        AND beelden.datum_vastgesteld <= toepasselijk.peildatum
    GROUP BY ALL
),

beoordeeld AS (
    SELECT
        *,
        aangeleverd(organisatie, 'maatregelen', jaar) AS register_aangeleverd,
        CAST(param('28', 'venster_dagen') AS INTEGER) AS venster_dagen,
        peildatum - datum_vastgesteld < CAST(param('28', 'venster_dagen') AS INTEGER) AS binnen_venster,
    FROM laatste
)

SELECT
    organisatie,
    '28' AS ambitiepunt,
    jaar,
    CASE
        WHEN NOT register_aangeleverd THEN 'geen_gegevens'
        WHEN binnen_venster THEN 'voldaan'
        ELSE 'niet_voldaan'
    END AS status,
    CAST(NULL AS DOUBLE) AS waarde,
    CASE
        WHEN NOT register_aangeleverd THEN format('Geen maatregelenregister aangeleverd op of vóór {}.', strftime(peildatum, '%d-%m-%Y'))
        WHEN datum_vastgesteld IS NULL THEN format(
            'Het register op {} heeft geen vastgesteld EenheidsOndermijningsbeeld.',
            strftime(peildatum, '%d-%m-%Y')
        )
        ELSE format(
            'Het laatste EenheidsOndermijningsbeeld is vastgesteld op {}: {} dagen vóór {}; norm: binnen {} dagen.',
            strftime(datum_vastgesteld, '%d-%m-%Y'),
            peildatum - datum_vastgesteld,
            strftime(peildatum, '%d-%m-%Y'),
            venster_dagen
        )
    END AS toelichting,
FROM beoordeeld
