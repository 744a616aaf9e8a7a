-- Macros for the rules of the norm catalogue: parameters, applicability, delivered kinds.

-- Policies: actueel on a date (indicators.md): vastgesteld or gerealiseerd, geldig_tot empty or not
-- before the date, and vastgesteld or last evaluated within the window of years.
CREATE OR REPLACE MACRO is_actueel(status, datum_vastgesteld, datum_evaluatie, geldig_tot, datum, jaren) AS
    status IN ('vastgesteld', 'gerealiseerd')
    AND (geldig_tot IS NULL OR geldig_tot >= datum)
    AND greatest(datum_vastgesteld, datum_evaluatie) > datum - to_years(CAST(jaren AS INTEGER));

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

-- A list parameter of the norm catalogue (a JSON array of codes) as a list of text.
CREATE OR REPLACE MACRO param_lijst(p_punt, p_naam) AS
    from_json(CAST(param(p_punt, p_naam) AS JSON), '["VARCHAR"]');

-- Whether any organisation delivered a kind for an evaluation: for rules that count the records of all organisations.
CREATE OR REPLACE MACRO ergens_aangeleverd(p_soort, p_jaar) AS EXISTS (
    SELECT 1
    FROM aanleveringen_per_evaluatie AS a
    WHERE a.soort = p_soort AND a.jaar = p_jaar
);

-- How a toelichting names an evaluation: '2025', or for the stand 'de laatste 365 dagen'.
CREATE OR REPLACE MACRO evaluatie_naam(p_jaar) AS
    CASE
        WHEN p_jaar = 'stand' THEN 'de laatste ' || param(NULL, 'stand_dagen') || ' dagen'
        ELSE p_jaar
    END;
