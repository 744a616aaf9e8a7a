-- Macros every model may use. Run before the models, in this order.

-- The events known at the build's as-of moment: time travel is this one filter.
CREATE OR REPLACE MACRO known_events() AS TABLE
    SELECT *
    FROM raw_events
    WHERE recorded_at <= getvariable('as_of');

-- The deliveries received at the build's as-of moment.
CREATE OR REPLACE MACRO known_deliveries() AS TABLE
    SELECT *
    FROM raw_deliveries
    WHERE received_at <= getvariable('as_of');

-- Period kinds: the current version of every record, its latest event in its stream unless withdrawn.
CREATE OR REPLACE MACRO current_records(kind) AS TABLE
    SELECT
        organisatie,
        periode,
        record_id,
        occurred_at,
        payload,
        position,
        delivery_id,
        file_name,
        line,
    FROM known_events()
    WHERE soort = kind
    QUALIFY row_number() OVER (PARTITION BY organisatie, periode, record_id ORDER BY position DESC) = 1
        AND type <> 'RecordWithdrawn';

-- Snapshot kinds: every version of every item with the dates it is in force
-- (van_kracht_vanaf inclusive, van_kracht_tot exclusive, NULL = still in force).
CREATE OR REPLACE MACRO snapshot_versions(kind) AS TABLE
    WITH versions AS (
        SELECT
            organisatie,
            record_id,
            type,
            occurred_at AS van_kracht_vanaf,
            lead(occurred_at) OVER (PARTITION BY organisatie, record_id ORDER BY occurred_at, position) AS van_kracht_tot,
            payload,
            position,
            delivery_id,
            file_name,
            line,
        FROM known_events()
        WHERE soort = kind
    )
    SELECT * EXCLUDE (type)
    FROM versions
    WHERE type <> 'RecordWithdrawn'
        AND (van_kracht_tot IS NULL OR van_kracht_tot > van_kracht_vanaf);

-- Whether a version from snapshot_versions is in force on a date.
CREATE OR REPLACE MACRO in_force(vanaf, tot, datum) AS
    vanaf <= datum AND (tot IS NULL OR datum < tot);

-- Policies: actueel on a date (indicators.md): vastgesteld or gerealiseerd, geldig_tot empty or not
-- before the date, and vastgesteld or last evaluated within the window of years.
CREATE OR REPLACE MACRO is_actueel(status, datum_vastgesteld, datum_evaluatie, geldig_tot, datum, jaren) AS
    status IN ('vastgesteld', 'gerealiseerd')
    AND (geldig_tot IS NULL OR geldig_tot >= datum)
    AND greatest(datum_vastgesteld, datum_evaluatie) > datum - to_years(CAST(jaren AS INTEGER));

-- The first and last day of a period code such as '2025-Q3'.
CREATE OR REPLACE MACRO periode_begin(p) AS
    make_date(CAST(left(p, 4) AS INTEGER), (CAST(right(p, 1) AS INTEGER) - 1) * 3 + 1, 1);
CREATE OR REPLACE MACRO periode_einde(p) AS
    CAST(periode_begin(p) + INTERVAL 3 MONTH - INTERVAL 1 DAY AS DATE);

-- The period code of a date.
CREATE OR REPLACE MACRO periode_van(d) AS
    strftime(d, '%Y') || '-Q' || CAST(quarter(d) AS VARCHAR);

-- A parameter of the norm catalogue as text: the point's own value, else the global one.
CREATE OR REPLACE MACRO param(p_punt, p_naam) AS (
    SELECT waarde
    FROM ref_parameters
    WHERE naam = p_naam AND (punt = p_punt OR punt IS NULL)
    ORDER BY punt NULLS LAST
    LIMIT 1
);

-- The (organisation, evaluation) pairs an ambitiepunt is evaluated for: the organisations it applies to.
CREATE OR REPLACE MACRO toepasselijk(p_punt) AS TABLE
    SELECT
        organisaties.code AS organisatie,
        organisaties.type AS organisatie_type,
        evaluaties.jaar,
        evaluaties.begin,
        evaluaties.einde,
        evaluaties.peildatum,
    FROM ref_organisaties AS organisaties
    JOIN ref_ambitiepunten AS punten
        ON punten.punt = p_punt AND list_contains(punten.geldt_voor, organisaties.type)
    CROSS JOIN evaluaties;

-- Whether an organisation delivered a kind for an evaluation (else its status is geen_gegevens).
CREATE OR REPLACE MACRO aangeleverd(p_organisatie, p_soort, p_jaar) AS EXISTS (
    SELECT 1
    FROM aanleveringen_per_evaluatie AS a
    WHERE a.organisatie = p_organisatie AND a.soort = p_soort AND a.jaar = p_jaar
);

-- Shared by the indicator models (added with ambitiepunten 18–34, for any point).

-- A list parameter of the norm catalogue (a JSON array of codes) as a list of text.
CREATE OR REPLACE MACRO param_lijst(p_punt, p_naam) AS
    from_json(CAST(param(p_punt, p_naam) AS JSON), '["VARCHAR"]');

-- Whether any organisation delivered a kind for an evaluation: for rules that count the records of all organisations.
CREATE OR REPLACE MACRO ergens_aangeleverd(p_soort, p_jaar) AS EXISTS (
    SELECT 1
    FROM aanleveringen_per_evaluatie AS a
    WHERE a.soort = p_soort AND a.jaar = p_jaar
);

-- Coverage rules (points 14, 19, 32): per applicable organisation and evaluation, the participants in its own
-- trainingen in the evaluation with the point's onderwerpen and doelgroepen (and aanbieders, where the point
-- names them), and its formatie in the point's rollen on the peildatum. dekking is NULL when that formatie is 0,
-- so a rule cannot be met by dividing by nobody.
CREATE OR REPLACE MACRO dekking_training(p_punt) AS TABLE
    WITH toepasselijk AS (
        SELECT * FROM toepasselijk(p_punt)
    ),

    getraind AS (
        SELECT
            toepasselijk.organisatie,
            toepasselijk.jaar,
            coalesce(sum(trainingen.deelnemers), 0) AS deelnemers,
        FROM toepasselijk
        LEFT JOIN stg_trainingen AS trainingen
            ON trainingen.organisatie = toepasselijk.organisatie
            AND trainingen.datum BETWEEN toepasselijk.begin AND toepasselijk.einde
            AND list_contains(param_lijst(p_punt, 'onderwerpen'), trainingen.onderwerp)
            AND list_contains(param_lijst(p_punt, 'doelgroepen'), trainingen.doelgroep)
            AND (param(p_punt, 'aanbieders') IS NULL
                OR list_contains(param_lijst(p_punt, 'aanbieders'), trainingen.aanbieder))
        GROUP BY ALL
    ),

    bezetting AS (
        SELECT
            toepasselijk.organisatie,
            toepasselijk.jaar,
            coalesce(sum(formatie.aantal), 0) AS formatie,
        FROM toepasselijk
        LEFT JOIN formatie_op_peildatum AS formatie
            ON formatie.organisatie = toepasselijk.organisatie
            AND formatie.jaar = toepasselijk.jaar
            AND list_contains(param_lijst(p_punt, 'rollen'), formatie.rol)
        GROUP BY ALL
    )

    SELECT
        getraind.organisatie,
        getraind.jaar,
        CAST(getraind.deelnemers AS INTEGER) AS deelnemers,
        CAST(bezetting.formatie AS INTEGER) AS formatie,
        getraind.deelnemers / nullif(bezetting.formatie, 0) AS dekking,
        aangeleverd(getraind.organisatie, 'trainingen', getraind.jaar) AS trainingen_aangeleverd,
        aangeleverd(getraind.organisatie, 'formatie', getraind.jaar) AS formatie_aangeleverd,
    FROM getraind
    JOIN bezetting USING (organisatie, jaar);

-- Register rules (added with ambitiepunten 2–17, for any point): per applicable organisation and evaluation,
-- whether a register was delivered on or before the peildatum, and the point's items in force on it (only
-- those of its maatregel_soort, where the point names one) counted by its parameters voldaan_statussen,
-- deels_statussen, actueel_jaren and onderdelen. Statuses and onderdelen as sorted lists, for the toelichting.
CREATE OR REPLACE MACRO register_telling(p_punt) AS TABLE
    SELECT
        toepasselijk.organisatie,
        toepasselijk.jaar,
        toepasselijk.peildatum,
        aangeleverd(toepasselijk.organisatie, 'maatregelen', toepasselijk.jaar) AS register_aangeleverd,
        count(register.maatregel_id) AS items,
        count(register.maatregel_id) FILTER (
            WHERE list_contains(param_lijst(p_punt, 'voldaan_statussen'), register.status)
        ) AS voldaan_items,
        count(register.maatregel_id) FILTER (
            WHERE list_contains(param_lijst(p_punt, 'deels_statussen'), register.status)
        ) AS deels_items,
        count(register.maatregel_id) FILTER (
            WHERE is_actueel(
                register.status,
                register.datum_vastgesteld,
                register.datum_evaluatie,
                register.geldig_tot,
                toepasselijk.peildatum,
                param(p_punt, 'actueel_jaren')
            )
        ) AS actuele_items,
        coalesce(list_sort(list_distinct(list(register.onderdeel) FILTER (
            WHERE list_contains(param_lijst(p_punt, 'onderdelen'), register.onderdeel)
                AND list_contains(param_lijst(p_punt, 'voldaan_statussen'), register.status)
        ))), []) AS voldaan_onderdelen,
        coalesce(list_sort(list_distinct(list(register.onderdeel) FILTER (
            WHERE list_contains(param_lijst(p_punt, 'onderdelen'), register.onderdeel)
                AND is_actueel(
                    register.status,
                    register.datum_vastgesteld,
                    register.datum_evaluatie,
                    register.geldig_tot,
                    toepasselijk.peildatum,
                    param(p_punt, 'actueel_jaren')
                )
        ))), []) AS actuele_onderdelen,
        coalesce(list_sort(list_distinct(list(register.status) FILTER (WHERE register.status IS NOT NULL))), []) AS statussen,
    FROM toepasselijk(p_punt) AS toepasselijk
    LEFT JOIN register
        ON register.organisatie = toepasselijk.organisatie
        AND register.jaar = toepasselijk.jaar
        AND register.ambitiepunt = p_punt
        AND (param(p_punt, 'maatregel_soort') IS NULL OR register.soort = param(p_punt, 'maatregel_soort'))
    GROUP BY ALL;

-- How a toelichting names an evaluation: '2025', or for the stand 'de laatste 365 dagen' (added with 2–17).
CREATE OR REPLACE MACRO evaluatie_naam(p_jaar) AS
    CASE
        WHEN p_jaar = 'stand' THEN 'de laatste ' || param(NULL, 'stand_dagen') || ' dagen'
        ELSE p_jaar
    END;

-- Publication for the public (pipeline/norm/publication-rules.ts): counts of 1–4 are shown as '<5',
-- other counts rounded to the nearest 5, shares only from a denominator of 10.

-- A count as the public may see it: NULL for 1–4 (shown as '<5'), else rounded to the nearest 5.
CREATE OR REPLACE MACRO publiek_aantal(n) AS
    CASE WHEN n BETWEEN 1 AND 4 THEN NULL ELSE CAST(round(n / 5) * 5 AS INTEGER) END;

-- A share as the public may see it, to whole percents: only from a denominator of 10, and not when
-- the numerator or its complement is 1–4, since share and denominator together would give it away.
CREATE OR REPLACE MACRO publiek_aandeel(teller, noemer) AS
    CASE
        WHEN noemer >= 10 AND NOT (teller BETWEEN 1 AND 4) AND NOT (noemer - teller BETWEEN 1 AND 4)
            THEN round(teller / noemer, 2)
    END;

-- One pass of secondary suppression over one kind of relation: parts (deel, NULL for rows that are no
-- part) adding up to a published total. A relation with exactly one hidden non-zero cell, part or total,
-- would give that cell away, so the smallest visible non-zero part is hidden as well.
CREATE OR REPLACE MACRO bijverbergen(deel, verborgen, aantal, volgorde, totaal_verborgen) AS
    verborgen OR coalesce(
        deel IS NOT NULL
        AND NOT verborgen
        AND aantal > 0
        AND count_if(verborgen AND aantal > 0) OVER (PARTITION BY deel) + CAST(totaal_verborgen AS INTEGER) = 1
        AND row_number() OVER (PARTITION BY deel, verborgen OR aantal = 0 ORDER BY aantal, volgorde) = 1,
        false
    );

-- Whether a relation has exactly one hidden non-zero cell and no visible non-zero part to hide with
-- it, so that its total has to be hidden instead.
CREATE OR REPLACE MACRO onthult_totaal(deel, verborgen, aantal, totaal_verborgen) AS
    coalesce(
        deel IS NOT NULL
        AND count_if(verborgen AND aantal > 0) OVER (PARTITION BY deel) + CAST(totaal_verborgen AS INTEGER) = 1
        AND count_if(NOT verborgen AND aantal > 0) OVER (PARTITION BY deel) = 0,
        false
    );

-- A milestone in the register (points 21, 27, 33): voldaan when it has one of the point's
-- voldaan_statussen, deels with one of its deels_statussen; p_mijlpaal names it in the toelichting.
CREATE OR REPLACE MACRO mijlpaal_indicator(p_punt, p_mijlpaal) AS TABLE
    SELECT
        organisatie,
        p_punt AS ambitiepunt,
        jaar,
        CASE
            WHEN NOT register_aangeleverd THEN 'geen_gegevens'
            WHEN voldaan_items > 0 THEN 'voldaan'
            WHEN deels_items > 0 THEN 'deels'
            ELSE 'niet_voldaan'
        END AS status,
        CAST(NULL AS DOUBLE) AS waarde,
        CASE
            WHEN NOT register_aangeleverd THEN format('Geen maatregelenregister aangeleverd op of vóór {}.', strftime(peildatum, '%d-%m-%Y'))
            WHEN voldaan_items > 0 OR deels_items > 0 THEN format(
                'Het register op {} heeft de mijlpaal {} met status {}.',
                strftime(peildatum, '%d-%m-%Y'),
                p_mijlpaal,
                replace(array_to_string(
                    list_intersect(statussen, param_lijst(p_punt, CASE WHEN voldaan_items > 0 THEN 'voldaan_statussen' ELSE 'deels_statussen' END)),
                    ' en '
                ), '_', ' ')
            )
            ELSE format(
                'Het register op {} heeft geen mijlpaal {} die {} of {} is.',
                strftime(peildatum, '%d-%m-%Y'),
                p_mijlpaal,
                replace(array_to_string(param_lijst(p_punt, 'voldaan_statussen'), ' of '), '_', ' '),
                replace(array_to_string(param_lijst(p_punt, 'deels_statussen'), ' of '), '_', ' ')
            )
        END AS toelichting,
    FROM register_telling(p_punt);

-- A measure that must be in the register with a voldaan status (points 9, 10A, 10B, 10C):
-- voldaan or niet_voldaan; p_maatregel names it in the toelichting.
CREATE OR REPLACE MACRO register_indicator(p_punt, p_maatregel) AS TABLE
    SELECT
        organisatie,
        p_punt AS ambitiepunt,
        jaar,
        CASE
            WHEN NOT register_aangeleverd THEN 'geen_gegevens'
            WHEN voldaan_items >= 1 THEN 'voldaan'
            ELSE 'niet_voldaan'
        END AS status,
        CAST(NULL AS DOUBLE) AS waarde,
        CASE
            WHEN NOT register_aangeleverd
                THEN format('Geen maatregelenregister aangeleverd op of vóór {}.', strftime(peildatum, '%d-%m-%Y'))
            WHEN items = 0
                THEN format('{} ontbreekt in het register op {}.', p_maatregel, strftime(peildatum, '%d-%m-%Y'))
            ELSE format(
                '{} in het register op {} met status {}; norm: {}.',
                p_maatregel,
                strftime(peildatum, '%d-%m-%Y'),
                array_to_string(statussen, ', '),
                array_to_string(param_lijst(p_punt, 'voldaan_statussen'), ' of ')
            )
        END AS toelichting,
    FROM register_telling(p_punt);
