import { ambitiepunten } from "../norm/ambitiepunten.ts";
import type { ReferenceTable } from "./reference-table.ts";

/** One row per ambitiepunt of the norm catalogue. */
export const refAmbitiepunten: ReferenceTable = {
  name: "ref_ambitiepunten",
  columns: {
    punt: "VARCHAR",
    volgorde: "INTEGER",
    thema: "INTEGER",
    tekst: "VARCHAR",
    geldt_voor: "VARCHAR[]",
    bron: "VARCHAR[]",
    regel: "VARCHAR",
    norm: "VARCHAR",
    model: "VARCHAR",
    soort: "VARCHAR",
  },
  rows: ambitiepunten.map((p, index) => [
    p.punt,
    index + 1,
    p.thema,
    p.tekst,
    p.geldtVoor,
    p.bron,
    p.regel,
    p.norm,
    p.model,
    p.soort,
  ]),
};
