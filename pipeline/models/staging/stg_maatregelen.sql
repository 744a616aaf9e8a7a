-- One row per version of a register item (maatregel) with the dates it is in force.
SELECT
    organisatie,
    record_id AS maatregel_id,
    upper(payload ->> 'ambitiepunt') AS ambitiepunt,
    payload ->> 'onderdeel' AS onderdeel,
    payload ->> 'soort' AS soort,
    payload ->> 'omschrijving' AS omschrijving,
    payload ->> 'status' AS status,
    CAST(payload ->> 'datum_vastgesteld' AS DATE) AS datum_vastgesteld,
    CAST(payload ->> 'geldig_tot' AS DATE) AS geldig_tot,
    CAST(payload ->> 'datum_evaluatie' AS DATE) AS datum_evaluatie,
    payload ->> 'vindplaats' AS vindplaats,
    van_kracht_vanaf,
    van_kracht_tot,
    position,
    file_name,
    line,
FROM snapshot_versions('maatregelen')
