-- Macros for the patterns several indicators share: coverage, register counts, milestones.

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

-- Register rules: per applicable organisation and evaluation,
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
