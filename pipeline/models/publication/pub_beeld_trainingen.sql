-- One row per gebied, periode, dimensie and waarde_code of beeld_trainingen: participants as the public may see them (pub_tellingen's rules).
SELECT
    niveau,
    gemeente,
    periode,
    periode_type,
    jaar,
    dimensie,
    waarde_code,
    aantal,
    aantal_weergave,
FROM pub_tellingen
WHERE tabel = 'beeld_trainingen'
