-- One row per gemeente and evaluation: lokale ondermijningsoverleggen with gemeente, politie and DTO, with signals discussed there as context (ambitiepunt 8).
WITH toepasselijk AS (
    SELECT * FROM toepasselijk('8')
),

loo AS (
    SELECT
        toepasselijk.organisatie,
        toepasselijk.jaar,
        aangeleverd(toepasselijk.organisatie, 'overleggen', toepasselijk.jaar) AS geleverd,
        count(overleggen.overleg_id) AS aantal,
        count(overleggen.overleg_id) FILTER (
            WHERE list_has_all(overleggen.aanwezig, param_lijst('8', 'aanwezig'))
        ) AS compleet,
    FROM toepasselijk
    LEFT JOIN stg_overleggen AS overleggen
        ON overleggen.organisatie = toepasselijk.organisatie
        AND overleggen.datum BETWEEN toepasselijk.begin AND toepasselijk.einde
        AND overleggen.type = param('8', 'overlegtype')
    GROUP BY ALL
),

verrijking AS (
    SELECT
        toepasselijk.organisatie,
        toepasselijk.jaar,
        aangeleverd(toepasselijk.organisatie, 'signalen', toepasselijk.jaar) AS signalen_geleverd,
        CAST(coalesce(sum(signalen.signalen), 0) AS BIGINT) AS signalen,
        CAST(coalesce(sum(signalen.besproken_in_loo), 0) AS BIGINT) AS besproken,
    FROM toepasselijk
    LEFT JOIN signalen_per_dag AS signalen
        ON signalen.organisatie = toepasselijk.organisatie
        AND signalen.datum_ontvangen BETWEEN toepasselijk.begin AND toepasselijk.einde
    GROUP BY ALL
),

beoordeeld AS (
    SELECT
        loo.*,
        CASE
            WHEN NOT verrijking.signalen_geleverd THEN format('geen signalen aangeleverd over {}', evaluatie_naam(loo.jaar))
            WHEN verrijking.signalen = 0 THEN format('geen signalen in {}', evaluatie_naam(loo.jaar))
            ELSE format(
                '{} van {} signalen besproken in het LOO',
                verrijking.besproken,
                verrijking.signalen
            )
        END AS context,
    FROM loo
    JOIN verrijking USING (organisatie, jaar)
)

SELECT
    organisatie,
    '8' AS ambitiepunt,
    jaar,
    CASE
        WHEN NOT geleverd THEN 'geen_gegevens'
        WHEN aantal >= CAST(param('8', 'minimum_voldaan') AS INTEGER) AND compleet = aantal THEN 'voldaan'
        WHEN aantal >= CAST(param('8', 'minimum_deels') AS INTEGER) THEN 'deels'
        ELSE 'niet_voldaan'
    END AS status,
    CASE WHEN geleverd AND aantal > 0 THEN compleet / aantal END AS waarde,
    CASE
        WHEN NOT geleverd THEN format('Geen overleggen aangeleverd over {}; {}.', evaluatie_naam(jaar), context)
        ELSE format(
            '{} van {} LOO-overleggen in {} met {} aanwezig; norm: minstens {}, elk met allen; {}.',
            compleet,
            aantal,
            evaluatie_naam(jaar),
            array_to_string(param_lijst('8', 'aanwezig'), ', '),
            param('8', 'minimum_voldaan'),
            context
        )
    END AS toelichting,
FROM beoordeeld
