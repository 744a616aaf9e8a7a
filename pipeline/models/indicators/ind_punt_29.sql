-- One row per evaluation for the police: the share of basisteams with a themahouder ondermijning (ambitiepunt 29).
WITH toepasselijk AS (
    SELECT * FROM toepasselijk('29')
),

eenheden AS (
    SELECT
        organisatie,
        jaar,
        coalesce(nullif(eenheid, ''), 'zonder naam') AS eenheid,
        sum(aantal) AS aantal,
    FROM formatie_op_peildatum
    WHERE list_contains(param_lijst('29', 'rollen'), rol)
    GROUP BY ALL
),

telling AS (
    SELECT
        toepasselijk.organisatie,
        toepasselijk.jaar,
        toepasselijk.peildatum,
        count(eenheden.eenheid) AS genoemd,
        count(eenheden.eenheid) FILTER (WHERE eenheden.aantal >= 1) AS bezet,
        list_sort(list(eenheden.eenheid) FILTER (WHERE eenheden.aantal < 1)) AS zonder,
    FROM toepasselijk
    LEFT JOIN eenheden
        ON eenheden.organisatie = toepasselijk.organisatie
        AND eenheden.jaar = toepasselijk.jaar
    GROUP BY ALL
),

beoordeeld AS (
    SELECT
        *,
        aangeleverd(organisatie, 'formatie', jaar) AS formatie_aangeleverd,
        bezet / nullif(genoemd, 0) AS aandeel,
    FROM telling
)

SELECT
    organisatie,
    '29' AS ambitiepunt,
    jaar,
    CASE
        WHEN NOT formatie_aangeleverd THEN 'geen_gegevens'
        WHEN aandeel >= CAST(param('29', 'aandeel_voldaan') AS DOUBLE) THEN 'voldaan'
        WHEN aandeel > CAST(param('29', 'aandeel_deels_boven') AS DOUBLE) THEN 'deels'
        ELSE 'niet_voldaan'
    END AS status,
    CASE WHEN formatie_aangeleverd THEN aandeel END AS waarde,
    CASE
        WHEN NOT formatie_aangeleverd THEN format('Geen formatie aangeleverd op of vóór {}.', strftime(peildatum, '%d-%m-%Y'))
        WHEN genoemd = 0 THEN 'De formatie noemt geen basisteam met een themahouder ondermijning.'
        WHEN bezet = genoemd THEN format('{} van {} basisteams hebben een themahouder ondermijning.', bezet, genoemd)
        ELSE format(
            '{} van {} basisteams hebben een themahouder ondermijning; zonder: {}.',
            bezet,
            genoemd,
            array_to_string(zonder, ', ')
        )
    END AS toelichting,
FROM beoordeeld
