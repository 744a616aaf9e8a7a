-- One row per gemeente or province and evaluation: an actueel Bibob policy and own Bibob investigations (ambitiepunt 12).
WITH register_punt AS (
    SELECT * FROM register_telling('12')
),

toepasselijk AS (
    SELECT * FROM toepasselijk('12')
),

-- A dossier counts in every evaluation that overlaps a period listing it with eigen_onderzoek.
onderzoeken AS (
    SELECT
        toepasselijk.organisatie,
        toepasselijk.jaar,
        aangeleverd(toepasselijk.organisatie, 'bibob', toepasselijk.jaar) AS bibob_geleverd,
        count(DISTINCT dossiers.dossier_id) AS eigen_onderzoek,
    FROM toepasselijk
    LEFT JOIN stg_bibob_perioden AS dossiers
        ON dossiers.organisatie = toepasselijk.organisatie
        AND periode_begin(dossiers.periode) <= toepasselijk.einde
        AND periode_einde(dossiers.periode) >= toepasselijk.begin
        AND dossiers.eigen_onderzoek
    GROUP BY ALL
),

beoordeeld AS (
    SELECT
        register_punt.*,
        onderzoeken.bibob_geleverd,
        onderzoeken.eigen_onderzoek,
        format(
            '{} bibob-dossier(s) met eigen onderzoek in {}',
            onderzoeken.eigen_onderzoek,
            evaluatie_naam(register_punt.jaar)
        ) AS dossiers_tekst,
    FROM register_punt
    JOIN onderzoeken USING (organisatie, jaar)
)

SELECT
    organisatie,
    '12' AS ambitiepunt,
    jaar,
    CASE
        WHEN NOT register_aangeleverd THEN 'geen_gegevens'
        WHEN actuele_items = 0 THEN 'niet_voldaan'
        WHEN NOT bibob_geleverd THEN 'geen_gegevens'
        WHEN eigen_onderzoek >= CAST(param('12', 'minimum_voldaan') AS INTEGER) THEN 'voldaan'
        ELSE 'deels'
    END AS status,
    CASE WHEN bibob_geleverd THEN eigen_onderzoek END AS waarde,
    CASE
        WHEN NOT register_aangeleverd
            THEN format('Geen maatregelenregister aangeleverd op of vóór {}.', strftime(peildatum, '%d-%m-%Y'))
        WHEN actuele_items = 0
            THEN format(
                'Geen actueel Bibob-beleid op {}{}.',
                strftime(peildatum, '%d-%m-%Y'),
                CASE WHEN bibob_geleverd THEN '; ' || dossiers_tekst ELSE '' END
            )
        WHEN NOT bibob_geleverd
            THEN format('Bibob-beleid actueel op {}, maar geen bibob aangeleverd over {}.', strftime(peildatum, '%d-%m-%Y'), evaluatie_naam(jaar))
        ELSE format(
            'Bibob-beleid actueel op {}; {}; norm: minstens {}.',
            strftime(peildatum, '%d-%m-%Y'),
            dossiers_tekst,
            param('12', 'minimum_voldaan')
        )
    END AS toelichting,
FROM beoordeeld
