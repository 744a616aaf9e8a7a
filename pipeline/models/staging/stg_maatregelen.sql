-- One row per version of a register item (maatregel) with the dates it is in force.
WITH versions AS (
    -- from_json reads each payload once; one ->> per column would parse it once per column.
    SELECT
        *,
        from_json(payload, '{
            "ambitiepunt": "VARCHAR", "onderdeel": "VARCHAR", "soort": "VARCHAR", "omschrijving": "VARCHAR",
            "status": "VARCHAR", "datum_vastgesteld": "DATE", "geldig_tot": "DATE", "datum_evaluatie": "DATE",
            "vindplaats": "VARCHAR"
        }') AS maatregel,
    FROM snapshot_versions('maatregelen')
)

SELECT
    organisatie,
    record_id AS maatregel_id,
    upper(maatregel.ambitiepunt) AS ambitiepunt,
    maatregel.onderdeel,
    maatregel.soort,
    maatregel.omschrijving,
    maatregel.status,
    maatregel.datum_vastgesteld,
    maatregel.geldig_tot,
    maatregel.datum_evaluatie,
    maatregel.vindplaats,
    van_kracht_vanaf,
    van_kracht_tot,
    position,
    file_name,
    line,
FROM versions
