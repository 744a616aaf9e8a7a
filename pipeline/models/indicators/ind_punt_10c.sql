-- One row per gemeente and evaluation: the vergunningenstelsel for speelautomatenhallen in the register (ambitiepunt 10C).
SELECT * FROM register_indicator('10C', 'Vergunningenstelsel speelautomatenhallen')
