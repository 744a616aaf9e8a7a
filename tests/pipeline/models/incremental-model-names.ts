/** The models marked `-- incremental by organisatie, periode`: the period kinds' staging, bibob's aside. */
export const incrementalModelNames = [
  "stg_bibob_perioden",
  "stg_controles",
  "stg_overleggen",
  "stg_signalen",
  "stg_tips",
  "stg_trainingen",
];
