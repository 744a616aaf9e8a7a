-- One row per gemeente and evaluation: the aanwijzing vergunningplicht for branches, areas and buildings in the register (ambitiepunt 9).
SELECT * FROM register_indicator('9', 'Aanwijzing vergunningplicht')
