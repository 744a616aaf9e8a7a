-- One row per version of a formatie line (rol + eenheid) with the dates it is in force.
SELECT
    organisatie,
    record_id,
    payload ->> 'rol' AS rol,
    coalesce(payload ->> 'eenheid', '') AS eenheid,
    CAST(payload ->> 'aantal' AS INTEGER) AS aantal,
    van_kracht_vanaf,
    van_kracht_tot,
    position,
    file_name,
    line,
FROM snapshot_versions('formatie')
