-- One row per evaluation for DTO: the milestone of the study into a district intervention team (ambitiepunt 21).
SELECT * FROM mijlpaal_indicator('21', 'onderzoek districtelijk interventieteam')
