/** How to list the records of each kind behind an indicator, as one row per record. */
export interface EvidenceQuery {
  soort: string;
  /** A SELECT with columns id, datum, omschrijving, bestand, regel; placeholders :org, :begin, :einde, :peildatum, :punt. */
  sql: string;
}

const periodic = (
  soort: string,
  table: string,
  id: string,
  datum: string,
  omschrijving: string,
): EvidenceQuery => ({
  soort,
  sql: `SELECT ${id} AS id, ${datum} AS datum, ${omschrijving} AS omschrijving, file_name AS bestand, line AS regel
        FROM ${table} WHERE organisatie = :org AND ${datum} BETWEEN :begin AND :einde ORDER BY datum, id`,
});

/**
 * One query per delivery kind: the records of an organisation that a rule over that kind reads
 * for an evaluation (period kinds in its window, snapshot kinds in force on its peildatum).
 */
export const evidenceQueries: readonly EvidenceQuery[] = [
  periodic(
    "signalen",
    "stg_signalen",
    "signaal_id",
    "datum_ontvangen",
    "bron || ', ' || fenomeen || coalesce(', opvolging ' || opvolging, '')",
  ),
  periodic(
    "controles",
    "stg_controles",
    "controle_id",
    "datum",
    "gebied_type || ', ' || adressen_bezocht || ' adressen, ' || adressen_met_bevinding || ' met bevinding'",
  ),
  periodic("tips", "stg_tips", "tip_id", "datum", "soort || ' aan ' || ontvanger"),
  periodic(
    "trainingen",
    "stg_trainingen",
    "training_id",
    "datum",
    "onderwerp || ' door ' || aanbieder || ' voor ' || doelgroep || ': ' || deelnemers || ' deelnemers'",
  ),
  periodic(
    "overleggen",
    "stg_overleggen",
    "overleg_id",
    "datum",
    "type || coalesce(' (' || niveau || ')', '') || CASE WHEN ondermijning_geagendeerd THEN ', ondermijning geagendeerd' ELSE '' END || coalesce(', aanwezig ' || array_to_string(aanwezig, ' '), '')",
  ),
  {
    soort: "bibob",
    sql: `SELECT dossier_id AS id, datum_aanvraag AS datum, sector || ', ' || besluit || CASE WHEN eigen_onderzoek THEN ', eigen onderzoek' ELSE '' END AS omschrijving, file_name AS bestand, line AS regel
          FROM stg_bibob WHERE organisatie = :org AND dossier_id IN (
            SELECT dossier_id FROM stg_bibob_perioden WHERE organisatie = :org AND periode_begin(periode) <= :einde AND periode_einde(periode) >= :begin)
          ORDER BY datum, id`,
  },
  {
    soort: "formatie",
    sql: `SELECT rol || CASE WHEN eenheid <> '' THEN ' / ' || eenheid ELSE '' END AS id, van_kracht_vanaf AS datum, aantal || ' personen' AS omschrijving, file_name AS bestand, line AS regel
          FROM stg_formatie WHERE organisatie = :org AND in_force(van_kracht_vanaf, van_kracht_tot, :peildatum) ORDER BY id`,
  },
  {
    soort: "maatregelen",
    sql: `SELECT maatregel_id AS id, van_kracht_vanaf AS datum, omschrijving || ' (' || status || coalesce(', onderdeel ' || onderdeel, '') || coalesce(', vastgesteld ' || strftime(datum_vastgesteld, '%d-%m-%Y'), '') || ')' AS omschrijving, file_name AS bestand, line AS regel
          FROM stg_maatregelen WHERE organisatie = :org AND upper(ambitiepunt) = upper(:punt) AND in_force(van_kracht_vanaf, van_kracht_tot, :peildatum) ORDER BY id`,
  },
];
