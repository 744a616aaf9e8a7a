import type { Organisation } from "../../ingest/organisations.ts";

/** One ambitiepunt's status for the organisation in the year, with the district's share voldaan. */
export interface PuntStatus {
  punt: string;
  thema: number;
  tekst: string;
  status: string;
  norm: string;
  toelichting: string;
  /** 10A–10C: parts of point 10, shown but not counted. */
  onderdeel: boolean;
  /** Share of the applicable organisations in the district with voldaan (0–1), or null. */
  districtVoldaan: number | null;
}

/** A key figure in the year and the year before, for the organisation's gemeente and the district. */
export interface Kerncijfer {
  naam: string;
  soort: "aantal" | "aandeel" | "getal";
  gemeente: { jaar: number | null; vorig: number | null };
  district: { jaar: number | null; vorig: number | null };
}

/** Signalen per 10,000 inhabitants in one quarter. */
export interface TrendPunt {
  periode: string;
  gemeente: number | null;
  district: number | null;
}

/** How up to date one kind of delivery is. */
export interface Aanleverstand {
  soort: string;
  laatstePeriode: string | null;
  laatstOntvangen: string | null;
  achterstallig: string[];
  correcties: number;
}

/** Everything a factsheet shows, read from the warehouse for one organisation and year. */
export interface FactsheetData {
  organisatie: Organisation;
  jaar: number;
  /** The evaluation date of the build (jjjj-mm-dd). */
  asOfDate: string;
  markering?: string;
  punten: PuntStatus[];
  /** Of all applicable (organisation, main point) pairs in the district: the share voldaan. */
  districtAandeelVoldaan: number | null;
  kerncijfers: Kerncijfer[];
  trend: TrendPunt[];
  aanleveringen: Aanleverstand[];
}
