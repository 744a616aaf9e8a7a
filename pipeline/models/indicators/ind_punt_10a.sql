-- One row per gemeente and evaluation: the vergunningenstelsel for horeca-inrichtingen in the register (ambitiepunt 10A).
SELECT * FROM register_indicator('10A', 'Vergunningenstelsel horeca')
