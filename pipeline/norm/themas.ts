/** One of the eight themes the norm groups its ambitiepunten under. */
export interface Thema {
  nummer: number;
  naam: string;
  /** The heading exactly as the norm prints it after its number. */
  kop: string;
}

/** The eight themes in the norm's order. */
export const themas: readonly Thema[] = [
  { nummer: 1, naam: "Bewustwording & communicatie", kop: "Bewustwording & communicatie" },
  { nummer: 2, naam: "Informatie", kop: "Informatie" },
  { nummer: 3, naam: "Bestuurlijk instrumentarium", kop: "Bestuurlijk instrumentarium" },
  { nummer: 4, naam: "Wet Bibob", kop: "Wet Bibob" },
  { nummer: 5, naam: "Handhaving", kop: "Handhaving" },
  { nummer: 6, naam: "Integriteit & screening", kop: "Integriteit & screening" },
  { nummer: 7, naam: "Thema's", kop: "Ambitiepunten op thema's" },
  { nummer: 8, naam: "Ketenpartners", kop: "Ambitiepunten van ketenpartners" },
];

/** The theme with this number, or undefined. */
export function findThema(nummer: number): Thema | undefined {
  return themas.find((thema) => thema.nummer === nummer);
}
