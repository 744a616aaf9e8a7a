import type { TestEvent } from "../model-warehouse.ts";

/** `aantal` signals of one gemeente in 2025-Q3, `besproken` of them discussed in the LOO, bron politie unless told. */
export function signalen(
  gemeente: string,
  aantal: number,
  { besproken = 0, mma = 0 }: { besproken?: number; mma?: number } = {},
): TestEvent[] {
  return Array.from({ length: aantal }, (_, index) => {
    const id = `${gemeente}-S${index + 1}`;
    return {
      organisatie: gemeente,
      soort: "signalen",
      recordId: id,
      occurredAt: "2025-08-01",
      payload: {
        signaal_id: id,
        datum_ontvangen: "2025-08-01",
        bron: index < mma ? "mma" : "politie",
        fenomeen: "drugs",
        gemeente,
        besproken_in_loo: index < besproken,
        datum_besproken_loo: null,
        opvolging: "lopend",
        datum_afgesloten: null,
      },
    };
  });
}

/** A refused Bibob dossier of a gemeente in 2025-Q3. */
export function dossier(gemeente: string, id: string): TestEvent {
  return {
    organisatie: gemeente,
    soort: "bibob",
    recordId: id,
    occurredAt: "2025-07-01",
    payload: {
      dossier_id: id,
      datum_aanvraag: "2025-07-01",
      rechtshandeling: "vergunning",
      sector: "horeca",
      eigen_onderzoek: true,
      tip_ontvangen: false,
      tip_bron: null,
      lbb_advies_aangevraagd: false,
      datum_lbb_advies: null,
      mate_van_gevaar: "ernstig",
      besluit: "geweigerd",
      datum_besluit: "2025-08-01",
      aangifte_valsheid: null,
    },
  };
}

/**
 * The 2025-Q3 picture the publication tests share: Almere 9 signals (6 discussed), Lelystad 8 (2 via MMA),
 * Dronten 12 (6 discussed), Urk 3, Zeewolde 5, Noordoostpolder 7; Bibob dossiers in Almere (2) and Lelystad (1).
 */
export const publiekEvents: TestEvent[] = [
  ...signalen("GM0034", 9, { besproken: 6 }),
  ...signalen("GM0995", 8, { mma: 2 }),
  ...signalen("GM0303", 12, { besproken: 6 }),
  ...signalen("GM0184", 3),
  ...signalen("GM0050", 5),
  ...signalen("GM0171", 7),
  dossier("GM0034", "B1"),
  dossier("GM0034", "B2"),
  dossier("GM0995", "B3"),
];
