-- One row per organisation, ambitiepunt and evaluation: the norm statuses, public as they are (they concern organisations, not people).
SELECT * FROM norm_indicatoren
