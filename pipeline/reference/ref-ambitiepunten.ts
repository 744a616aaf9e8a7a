import type { ReferenceTable } from "./reference-table.ts";

/** One row per ambitiepunt of the norm catalogue. */
export const refAmbitiepunten: ReferenceTable = {
  name: "ref_ambitiepunten",
  columns: {
    punt: "VARCHAR",
    thema: "INTEGER",
    tekst: "VARCHAR",
    geldt_voor: "VARCHAR[]",
    bron: "VARCHAR[]",
    regel: "VARCHAR",
    norm: "VARCHAR",
    model: "VARCHAR",
    soort: "VARCHAR",
  },
  rows: [],
};
