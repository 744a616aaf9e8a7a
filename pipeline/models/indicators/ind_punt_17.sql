-- One row per gemeente or province and evaluation: boa's and toezichthouders for undermining in the formatie (ambitiepunt 17).
WITH toepasselijk AS (
    SELECT * FROM toepasselijk('17')
),

bezetting AS (
    SELECT
        toepasselijk.organisatie,
        toepasselijk.jaar,
        toepasselijk.peildatum,
        aangeleverd(toepasselijk.organisatie, 'formatie', toepasselijk.jaar) AS geleverd,
        coalesce(sum(formatie.aantal), 0) AS aantal,
    FROM toepasselijk
    LEFT JOIN formatie_op_peildatum AS formatie
        ON formatie.organisatie = toepasselijk.organisatie
        AND formatie.jaar = toepasselijk.jaar
        AND list_contains(param_lijst('17', 'rollen'), formatie.rol)
    GROUP BY ALL
)

SELECT
    organisatie,
    '17' AS ambitiepunt,
    jaar,
    CASE
        WHEN NOT geleverd THEN 'geen_gegevens'
        WHEN aantal >= CAST(param('17', 'minimum_voldaan') AS INTEGER) THEN 'voldaan'
        ELSE 'niet_voldaan'
    END AS status,
    CASE WHEN geleverd THEN aantal END AS waarde,
    CASE
        WHEN NOT geleverd THEN format('Geen formatie aangeleverd op of vóór {}.', strftime(peildatum, '%d-%m-%Y'))
        ELSE format(
            '{} boa(''s) en toezichthouder(s) ondermijning in de formatie op {}; norm: minstens {}.',
            aantal,
            strftime(peildatum, '%d-%m-%Y'),
            param('17', 'minimum_voldaan')
        )
    END AS toelichting,
FROM bezetting
