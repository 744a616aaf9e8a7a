-- One row per gemeente and evaluation: the vergunningenstelsel for seks- en escortbedrijven in the register (ambitiepunt 10B).
SELECT * FROM register_indicator('10B', 'Vergunningenstelsel seks- en escortbedrijven')
