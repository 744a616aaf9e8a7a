-- Macros for period codes such as '2025-Q3'.

-- The first and last day of a period code such as '2025-Q3'.
CREATE OR REPLACE MACRO periode_begin(p) AS
    make_date(CAST(left(p, 4) AS INTEGER), (CAST(right(p, 1) AS INTEGER) - 1) * 3 + 1, 1);
CREATE OR REPLACE MACRO periode_einde(p) AS
    CAST(periode_begin(p) + INTERVAL 3 MONTH - INTERVAL 1 DAY AS DATE);

-- The period code of a date.
CREATE OR REPLACE MACRO periode_van(d) AS
    strftime(d, '%Y') || '-Q' || CAST(quarter(d) AS VARCHAR);
