import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateSamples } from "../../../ingest/samples/generate-samples.ts";
import { readSampleSet, type SampleFile } from "./read-sample-set.ts";

// Columns and codes as export-formats.md §4 lists them.
const fenomenen =
  "drugs hennep drugslab vastgoed witwassen mensenhandel arbeidsuitbuiting zorgfraude explosies omg vakantieparken horeca overig".split(
    " ",
  );
const codes: Record<string, Record<string, string[]>> = {
  signalen: {
    bron: "intern_meldpunt mma toezicht politie burger riec ketenpartner overig".split(" "),
    fenomeen: fenomenen,
    opvolging:
      "geen lopend bestuurlijk strafrechtelijk fiscaal integrale_controle bibob damocles riec_casus overig".split(
        " ",
      ),
  },
  controles: {
    gebied_type: "bedrijventerrein buitengebied woonwijk vakantiepark branche overig".split(" "),
  },
  bibob: {
    rechtshandeling: "vergunning subsidie vastgoed aanbesteding overig".split(" "),
    sector: "horeca seksbranche speelautomaten bouw evenement vastgoed transport overig".split(" "),
    tip_bron: "om politie bestuursorgaan riec".split(" "),
    mate_van_gevaar: "geen mindere ernstig".split(" "),
    besluit:
      "lopend verleend verleend_met_voorschriften geweigerd ingetrokken aanvraag_ingetrokken".split(
        " ",
      ),
  },
  tips: { soort: "om_art26 bestuursorgaan politie".split(" ") },
  trainingen: {
    onderwerp:
      "bibob ondermijning_signalering bestuurlijk_instrumentarium integriteit mensenhandel explosies overig".split(
        " ",
      ),
    aanbieder: "tov riec lbb intern extern".split(" "),
    doelgroep:
      "bibob_medewerker boa toezichthouder jurist bestuurder ambtenaar raadslid overig".split(" "),
  },
  formatie: {
    rol: "bibob_medewerker boa_ondermijning toezichthouder_ondermijning themahouder_ondermijning aandachtsfunctionaris_mensenhandel integriteitscoordinator overig".split(
      " ",
    ),
  },
  maatregelen: {
    ambitiepunt: [...Array.from({ length: 34 }, (_, i) => String(i + 1)), "10A", "10B", "10C"],
    soort:
      "beleid regeling protocol werkproces aansluiting plan aanwijzing mijlpaal maatregel".split(
        " ",
      ),
    status: "niet_gestart in_voorbereiding vastgesteld gerealiseerd verlopen ingetrokken".split(
      " ",
    ),
  },
  overleggen: {
    type: "loo driehoek doo dis bewustwording integriteit integrale_communicatie communicatie_om overig".split(
      " ",
    ),
    niveau: "ambtelijk bestuurlijk beide".split(" "),
  },
};
const lists: Record<string, Record<string, string[]>> = {
  controles: {
    dup_themas: fenomenen,
    partners:
      "gemeente politie om belastingdienst douane omgevingsdienst brandweer uwv sociale_recherche riec netbeheerder waterschap provincie overig".split(
        " ",
      ),
  },
  overleggen: { aanwezig: "gemeente politie dto om provincie waterschap riec overig".split(" ") },
};
const required: Record<string, string[]> = {
  signalen: ["signaal_id", "datum_ontvangen", "bron", "fenomeen"],
  controles: [
    "controle_id",
    "datum",
    "gemeente",
    "gebied_type",
    "partners",
    "adressen_bezocht",
    "adressen_met_bevinding",
  ],
  bibob: [
    "dossier_id",
    "datum_aanvraag",
    "rechtshandeling",
    "sector",
    "eigen_onderzoek",
    "lbb_advies_aangevraagd",
    "besluit",
  ],
  tips: ["tip_id", "datum", "ontvanger", "soort"],
  trainingen: ["training_id", "datum", "onderwerp", "aanbieder", "doelgroep", "deelnemers"],
  formatie: ["peildatum", "rol", "aantal"],
  maatregelen: ["peildatum", "maatregel_id", "ambitiepunt", "soort", "omschrijving", "status"],
  overleggen: ["overleg_id", "datum", "type"],
};
const keyOf: Record<string, string> = {
  signalen: "signaal_id",
  controles: "controle_id",
  bibob: "dossier_id",
  tips: "tip_id",
  trainingen: "training_id",
  overleggen: "overleg_id",
  maatregelen: "maatregel_id",
};
const referenceOf: Record<string, string> = {
  signalen: "datum_ontvangen",
  controles: "datum",
  tips: "datum",
  trainingen: "datum",
  overleggen: "datum",
};
const gemeenten = ["GM0034", "GM0303", "GM0995", "GM0171", "GM0184", "GM0050"];
const organisaties = [...gemeenten, "PV24", "POLITIE-FL", "OM-MN", "WS-ZZL", "DTO-FL"];
const today = "2026-11-28";

let dir: string;
let files: SampleFile[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "samples-"));
  await generateSamples({ out: dir, seed: 3, today });
  files = readSampleSet(dir);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function periodBounds(periode: string): [string, string] {
  const [year, q] = periode.split("-Q").map(Number);
  const start = new Date(Date.UTC(year ?? 0, ((q ?? 1) - 1) * 3, 1)).toISOString().slice(0, 10);
  const end = new Date(Date.UTC(year ?? 0, (q ?? 1) * 3, 0)).toISOString().slice(0, 10);
  return [start, end];
}

/** Every broken rule of a file, as readable strings (an empty list is a valid file). */
function problemsOf(file: SampleFile): string[] {
  const problems: string[] = [];
  const fail = (line: number, text: string) => problems.push(`${file.name}:${line + 2} ${text}`);
  const [start, end] = periodBounds(file.periode);
  const keys = new Set<string>();
  const peildata = new Set<string>();
  file.rows.forEach((row, i) => {
    for (const column of required[file.soort] ?? [])
      if (!row[column]) fail(i, `${column} is required`);
    for (const [column, allowed] of Object.entries(codes[file.soort] ?? {})) {
      if (row[column] && !allowed.includes(row[column] ?? "")) fail(i, `${column}=${row[column]}`);
    }
    for (const [column, allowed] of Object.entries(lists[file.soort] ?? {})) {
      for (const item of (row[column] ?? "").split("|").filter(Boolean)) {
        if (!allowed.includes(item)) fail(i, `${column} has ${item}`);
      }
    }
    for (const [column, value] of Object.entries(row)) {
      // geldig_tot is the one date that may lie ahead: a plan runs until then.
      if (column !== "geldig_tot" && /^\d{4}-\d{2}-\d{2}$/.test(value) && value > today) {
        fail(i, `${column} after today`);
      }
    }
    const key = keyOf[file.soort];
    if (key) {
      const id = row[key] ?? "";
      if (keys.has(id)) fail(i, `duplicate key ${id}`);
      keys.add(id);
      if (/\d{7}/.test(id)) fail(i, `id with a long digit run ${id}`);
    }
    const reference = referenceOf[file.soort];
    if (reference) {
      const date = row[reference] ?? "";
      if (date < start || date > end) fail(i, `${reference} ${date} outside ${file.periode}`);
    }
    if (file.soort === "signalen") {
      if (row.datum_afgesloten && row.datum_afgesloten < (row.datum_ontvangen ?? ""))
        fail(i, "afgesloten before ontvangen");
      if (!gemeenten.includes(file.org) && !gemeenten.includes(row.gemeente ?? ""))
        fail(i, "gemeente required");
      if (row.gemeente && !gemeenten.includes(row.gemeente)) fail(i, `gemeente ${row.gemeente}`);
    }
    if (file.soort === "controles") {
      if (Number(row.adressen_bezocht) < 1) fail(i, "no address visited");
      if (Number(row.adressen_met_bevinding) > Number(row.adressen_bezocht))
        fail(i, "more findings than addresses");
      if (!gemeenten.includes(row.gemeente ?? "")) fail(i, `gemeente ${row.gemeente}`);
      for (const part of (row.bevindingen ?? "").split("|").filter(Boolean)) {
        if (
          !/^(brandveiligheid|bouw|illegale_bewoning|milieu|energie|water|fiscaal|uitkering|drugs|wapens|vuurwerk|overig):\d+$/.test(
            part,
          )
        ) {
          fail(i, `bevinding ${part}`);
        }
      }
    }
    if (file.soort === "bibob") {
      if ((row.datum_aanvraag ?? "") > end) fail(i, "aanvraag after the period");
      if (row.tip_ontvangen === "true" && !row.tip_bron) fail(i, "tip without bron");
      if (row.besluit !== "lopend" && !row.datum_besluit) fail(i, "besluit without date");
      if (row.datum_besluit && row.datum_besluit < (row.datum_aanvraag ?? ""))
        fail(i, "besluit before aanvraag");
      if (row.besluit === "lopend" && row.mate_van_gevaar) fail(i, "mate van gevaar while open");
      const changed = [row.datum_aanvraag, row.datum_lbb_advies, row.datum_besluit].some(
        (d) => d && d >= start && d <= end,
      );
      if (!changed) fail(i, "dossier neither opened nor changed in the period");
    }
    if (file.soort === "tips" && !organisaties.includes(row.ontvanger ?? ""))
      fail(i, `ontvanger ${row.ontvanger}`);
    if (file.soort === "maatregelen") {
      if (["vastgesteld", "gerealiseerd"].includes(row.status ?? "") && !row.datum_vastgesteld)
        fail(i, "no datum_vastgesteld");
      if ((row.omschrijving ?? "").length > 200) fail(i, "omschrijving too long");
      if (row.datum_vastgesteld && row.datum_vastgesteld > (row.peildatum ?? ""))
        fail(i, "vastgesteld after peildatum");
    }
    if (row.peildatum !== undefined) peildata.add(row.peildatum);
  });
  if (peildata.size > 1) problems.push(`${file.name} has peildata ${[...peildata].join(", ")}`);
  for (const peildatum of peildata)
    if (peildatum < start || peildatum > end) problems.push(`${file.name} peildatum ${peildatum}`);
  return problems;
}

describe("every generated delivery follows export-formats.md §4", () => {
  it("names each file <ORG>_<soort>_<periode> with a known organisation and kind", () => {
    for (const file of files) {
      expect(organisaties, file.name).toContain(file.org);
      expect(Object.keys(required), file.name).toContain(file.soort);
      expect(file.periode, file.name).toMatch(/^20\d\d-Q[1-4]$/);
    }
  });

  it("has only known codes, required values, unique keys and dates inside the period and not after today", () => {
    expect(files.flatMap(problemsOf)).toEqual([]);
  });

  it("tells a norm story: LOO meetings, driehoek decisions and registers that differ per gemeente", () => {
    const loo2025 = (org: string) =>
      files
        .filter(
          (f) =>
            f.org === org &&
            f.soort === "overleggen" &&
            f.periode.startsWith("2025") &&
            !f.herlevering,
        )
        .flatMap((f) => f.rows)
        .filter((r) => r.type === "loo");
    expect(loo2025("GM0034")).toHaveLength(12);
    expect(loo2025("GM0034").every((r) => /gemeente.*politie.*dto/.test(r.aanwezig ?? ""))).toBe(
      true,
    );
    expect(loo2025("GM0184")).toHaveLength(2);
    expect(loo2025("GM0184").some((r) => !(r.aanwezig ?? "").includes("dto"))).toBe(true);
    const register = files.find((f) => f.name.startsWith("GM0184_maatregelen_2026-Q2"));
    const damocles = register?.rows.find((r) => r.ambitiepunt === "11");
    expect(damocles?.status).toBe("vastgesteld");
    expect((damocles?.datum_vastgesteld ?? "") < "2021-01-01").toBe(true);
    const dto = files.find((f) => f.name.startsWith("DTO-FL_maatregelen_2026-Q2"));
    expect(dto?.rows.map((r) => `${r.ambitiepunt}:${r.status}`).sort()).toEqual([
      "15:gerealiseerd",
      "21:in_voorbereiding",
      "27:gerealiseerd",
    ]);
  });
});
