/**
 * How a register entry develops over time:
 * - `A` vastgesteld (or realised) a few years ago and actueel;
 * - `O` vastgesteld long ago and never evaluated: not actueel;
 * - `L25` / `L26` in voorbereiding, vastgesteld in the second half of 2025 / first half of 2026;
 * - `R25` / `R26` an old version, renewed in the second half of 2025 / first half of 2026;
 * - `W` in voorbereiding all along.
 */
export type Stage = "A" | "O" | "L25" | "L26" | "R25" | "R26" | "W";

export interface RegisterItem {
  ambitiepunt: string;
  onderdeel: string | null;
  soort: string;
  omschrijving: string;
  /** Items that are realised rather than adopted (connections, milestones, measures). */
  realised?: boolean;
  /** A plan valid for four calendar years. */
  vierjarig?: boolean;
}

const item = (
  ambitiepunt: string,
  soort: string,
  omschrijving: string,
  extra: Partial<RegisterItem> = {},
): RegisterItem => ({ ambitiepunt, onderdeel: null, soort, omschrijving, ...extra });

const gemeenteItems: readonly RegisterItem[] = [
  item("3", "plan", "Integraal Veiligheidsplan", { onderdeel: "ivp", vierjarig: true }),
  item("3", "plan", "Uitvoeringsplan aanpak ondermijning", { onderdeel: "uitvoeringsplan" }),
  item("5", "regeling", "Intern meldpunt signalen van ondermijning"),
  item("6", "protocol", "Privacyprotocol ondermijning"),
  item("7", "aansluiting", "Aansluiting Meld Misdaad Anoniem", { realised: true }),
  item("9", "aanwijzing", "Aanwijzingsbesluit vergunningplicht branches en gebieden"),
  item("10A", "regeling", "APV: exploitatievergunning horeca, eis levensgedrag"),
  item("10B", "regeling", "APV: vergunningstelsel seks- en escortbedrijven"),
  item("10C", "regeling", "Verordening speelautomatenhallen, eis levensgedrag"),
  item("11", "beleid", "Damoclesbeleid"),
  item("12", "beleid", "Beleidsregels Wet Bibob"),
  item("16", "werkproces", "Werkproces aangifte valsheid in geschrifte"),
  item("22", "beleid", "VOG-beleid"),
  item("23", "beleid", "VOG-P beleid aangewezen functies"),
  item("25", "maatregel", "Dilemmasessies en vertrouwenspersoon integriteit", { realised: true }),
  item("26", "beleid", "Beleid bestuurlijke aanpak mensenhandel", { onderdeel: "beleid" }),
  item("26", "maatregel", "Aandachtsfunctionaris mensenhandel aangesteld", {
    onderdeel: "aandachtsfunctionaris",
    realised: true,
  }),
  item("26", "werkproces", "Zorgcoördinatie slachtoffers mensenhandel", {
    onderdeel: "zorgcoordinatie",
  }),
  item("26", "regeling", "Afspraken opvang slachtoffers mensenhandel", { onderdeel: "opvang" }),
];

// One column per gemeente, in the order of gemeenteItems. Almere and Lelystad are nearly
// complete; Urk has the most gaps; Zeewolde only keeps a register from 2026.
const gemeenteStages: Readonly<Record<string, readonly (Stage | null)[]>> = {
  GM0034: [
    "A",
    "A",
    "A",
    "A",
    "A",
    "A",
    "A",
    "A",
    "A",
    "A",
    "A",
    "L25",
    "A",
    "A",
    "A",
    "A",
    "A",
    "A",
    "A",
  ],
  GM0303: [
    "A",
    "L25",
    "A",
    "L25",
    "A",
    "A",
    "A",
    "A",
    "A",
    "R26",
    "A",
    "L26",
    "A",
    "A",
    "L25",
    "A",
    "A",
    "L26",
    "L25",
  ],
  GM0995: [
    "A",
    "A",
    "A",
    "A",
    "A",
    "A",
    "A",
    "A",
    "A",
    "A",
    "A",
    "L25",
    "A",
    "L25",
    "A",
    "A",
    "A",
    "A",
    "A",
  ],
  GM0171: [
    "A",
    "L26",
    "L25",
    "A",
    "A",
    "L26",
    "A",
    "A",
    "A",
    "A",
    "L25",
    "W",
    "A",
    "A",
    "A",
    "L25",
    "A",
    "W",
    "W",
  ],
  GM0184: [
    "A",
    null,
    "W",
    null,
    "A",
    "W",
    "A",
    null,
    "A",
    "O",
    "O",
    null,
    "O",
    "W",
    "W",
    "W",
    "A",
    null,
    null,
  ],
  GM0050: [
    "R26",
    "W",
    "L26",
    "W",
    "A",
    "A",
    "A",
    "W",
    null,
    "L25",
    "A",
    "W",
    "A",
    "A",
    "L26",
    "A",
    "L26",
    null,
    null,
  ],
};

const partnerRegisters: Readonly<Record<string, readonly (readonly [RegisterItem, Stage])[]>> = {
  PV24: [
    [item("5", "regeling", "Meldpunt integriteit en ondermijning provincie"), "A"],
    [item("12", "beleid", "Beleidsregel Bibob provincie Flevoland"), "A"],
    [item("16", "werkproces", "Werkproces aangifte valsheid in geschrifte"), "L25"],
    [item("22", "beleid", "VOG-beleid provincie"), "A"],
    [item("25", "maatregel", "Programma open en integere organisatie", { realised: true }), "L26"],
  ],
  "POLITIE-FL": [
    [item("16", "werkproces", "Werkproces aangifte valsheid in geschrifte (politie)"), "L25"],
    [
      item("28", "mijlpaal", "EenheidsOndermijningsbeeld, districtelijke uitwerking Flevoland", {
        realised: true,
      }),
      "R25",
    ],
  ],
  "OM-MN": [[item("16", "werkproces", "Werkproces aangifte valsheid in geschrifte (OM)"), "L26"]],
  "WS-ZZL": [
    [item("22", "beleid", "VOG-beleid waterschap"), "A"],
    [item("33", "mijlpaal", "Verkenning training andere afdelingen", { realised: true }), "L26"],
    [item("34", "regeling", "Intern handelingskader signalen ondermijning"), "L25"],
  ],
  "DTO-FL": [
    [item("15", "mijlpaal", "Verkenning districtelijk Bibob-team", { realised: true }), "L25"],
    [item("21", "mijlpaal", "Onderzoek districtelijk interventieteam", { realised: true }), "W"],
    [item("27", "mijlpaal", "Toolkit explosies voor gemeenten", { realised: true }), "L26"],
  ],
};

/** The register items an organisation keeps, each with how it develops. */
export function registerOf(orgCode: string): readonly (readonly [RegisterItem, Stage])[] {
  const stages = gemeenteStages[orgCode];
  if (!stages) return partnerRegisters[orgCode] ?? [];
  return gemeenteItems.flatMap((entry, i) => {
    const stage = stages[i];
    return stage ? [[entry, stage] as const] : [];
  });
}
