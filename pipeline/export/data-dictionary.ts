import type { EobColumn } from "./eob-column.ts";
import { typeOmschrijving } from "./eob-column.ts";
import { findKolomDefinitie, tabelBronnen } from "./eob-columns.ts";
import { eobFormats } from "./eob-tables.ts";

/** One line of the data dictionary: a column of a table, or (kolom empty) a file of the package. */
export interface WoordenboekRegel {
  bestanden: string;
  kolom: string;
  type: string;
  eenheid: string;
  definitie: string;
  bronnen: string;
}

/** A table as written, with its columns in file order. */
export interface GeschrevenTabel {
  file: string;
  columns: readonly EobColumn[];
}

/** The package's files that are not data tables, described for the dictionary. */
export const bijlagen: readonly { bestand: string; definitie: string }[] = [
  {
    bestand: "datawoordenboek.csv",
    definitie: "dit datawoordenboek: elk bestand en elke kolom van het pakket",
  },
  { bestand: "datawoordenboek.json", definitie: "hetzelfde datawoordenboek als JSON" },
  {
    bestand: "methodologie.md",
    definitie:
      "de methode: per ambitiepunt de regel en de parameters, de begrippen en de toegepaste publicatieregels",
  },
  {
    bestand: "manifest.json",
    definitie:
      "as-of-moment, bouwtijd, de gebruikte aanleveringen en de sha256 van elk ander bestand",
  },
];

/**
 * Every file and column of the package: name, type, unit, Dutch definition and the delivery kinds
 * it comes from. Throws on a column without a definition: a model gained a column nobody described.
 */
export function dataDictionary(tables: readonly GeschrevenTabel[]): WoordenboekRegel[] {
  const regels: WoordenboekRegel[] = [];
  for (const table of tables) {
    const bestanden = eobFormats.map((format) => `${table.file}.${format}`).join(", ");
    const bronnen = (tabelBronnen[table.file] ?? []).join(", ") || "normcatalogus";
    for (const column of table.columns) {
      const definitie = findKolomDefinitie(table.file, column.name);
      if (!definitie) throw new Error(`no definition for column ${table.file}.${column.name}`);
      regels.push({
        bestanden,
        kolom: column.name,
        type: typeOmschrijving(column),
        eenheid: definitie.eenheid,
        definitie: definitie.definitie,
        bronnen,
      });
    }
  }
  for (const bijlage of bijlagen) {
    regels.push({
      bestanden: bijlage.bestand,
      kolom: "",
      type: "",
      eenheid: "",
      definitie: bijlage.definitie,
      bronnen: "",
    });
  }
  return regels;
}
