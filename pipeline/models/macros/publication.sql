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
