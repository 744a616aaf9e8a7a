-- One row per evaluation for DTO: the milestone of the toolkit explosies (ambitiepunt 27).
SELECT * FROM mijlpaal_indicator('27', 'toolkit explosies')
