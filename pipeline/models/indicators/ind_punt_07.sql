-- One row per gemeente and evaluation: the connection to Meld Misdaad Anoniem in the register, with MMA signals as context (ambitiepunt 7).
WITH register_punt AS (
    SELECT * FROM register_telling('7')
),

toepasselijk AS (
    SELECT * FROM toepasselijk('7')
),

-- Gerealiseerd is not enough: a connection that has ended (geldig_tot before the peildatum) no longer counts.
lopende_aansluitingen AS (
    SELECT
        toepasselijk.organisatie,
        toepasselijk.jaar,
        count(register.maatregel_id) AS lopend,
    FROM toepasselijk
    LEFT JOIN register
        ON register.organisatie = toepasselijk.organisatie
        AND register.jaar = toepasselijk.jaar
        AND register.ambitiepunt = '7'
        AND list_contains(param_lijst('7', 'voldaan_statussen'), register.status)
        AND (register.geldig_tot IS NULL OR register.geldig_tot >= register.peildatum)
    GROUP BY ALL
),

meldingen AS (
    SELECT
        toepasselijk.organisatie,
        toepasselijk.jaar,
        aangeleverd(toepasselijk.organisatie, 'signalen', toepasselijk.jaar) AS signalen_geleverd,
        CAST(coalesce(sum(signalen.signalen), 0) AS BIGINT) AS signalen,
    FROM toepasselijk
    LEFT JOIN signalen_per_dag AS signalen
        ON signalen.organisatie = toepasselijk.organisatie
        AND signalen.datum_ontvangen BETWEEN toepasselijk.begin AND toepasselijk.einde
        AND signalen.bron = param('7', 'context_bron')
    GROUP BY ALL
),

beoordeeld AS (
    SELECT
        register_punt.*,
        lopende_aansluitingen.lopend,
        CASE
            WHEN meldingen.signalen_geleverd
                THEN format('signalen via MMA in {}: {}', evaluatie_naam(register_punt.jaar), meldingen.signalen)
            ELSE format('geen signalen aangeleverd over {}', evaluatie_naam(register_punt.jaar))
        END AS context,
    FROM register_punt
    JOIN lopende_aansluitingen USING (organisatie, jaar)
    JOIN meldingen USING (organisatie, jaar)
)

SELECT
    organisatie,
    '7' AS ambitiepunt,
    jaar,
    CASE
        WHEN NOT register_aangeleverd THEN 'geen_gegevens'
        WHEN lopend >= 1 THEN 'voldaan'
        ELSE 'niet_voldaan'
    END AS status,
    CAST(NULL AS DOUBLE) AS waarde,
    CASE
        WHEN NOT register_aangeleverd
            THEN format('Geen maatregelenregister aangeleverd op of vóór {}; {}.', strftime(peildatum, '%d-%m-%Y'), context)
        WHEN lopend >= 1
            THEN format('Aangesloten op MMA op {}; {}.', strftime(peildatum, '%d-%m-%Y'), context)
        WHEN items = 0
            THEN format('Geen aansluiting op MMA in het register op {}; {}.', strftime(peildatum, '%d-%m-%Y'), context)
        ELSE format(
            'Geen lopende gerealiseerde aansluiting op MMA op {} (status {}); {}.',
            strftime(peildatum, '%d-%m-%Y'),
            array_to_string(statussen, ', '),
            context
        )
    END AS toelichting,
FROM beoordeeld
