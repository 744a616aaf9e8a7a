-- One row per organisation, kind and evaluation for which that kind was delivered:
-- period kinds with a period overlapping the evaluation, snapshot kinds with a peildatum on or before it.
SELECT DISTINCT
    deliveries.organisatie,
    deliveries.soort,
    evaluaties.jaar,
FROM known_deliveries() AS deliveries
JOIN evaluaties
    ON CASE
        WHEN deliveries.peildatum IS NOT NULL THEN deliveries.peildatum <= evaluaties.peildatum
        ELSE periode_begin(deliveries.periode) <= evaluaties.einde
            AND periode_einde(deliveries.periode) >= evaluaties.begin
    END
