-- One row per evaluation for the waterschap: the milestone of the study into which other departments to train (ambitiepunt 33).
SELECT * FROM mijlpaal_indicator('33', 'verkenning andere afdelingen')
