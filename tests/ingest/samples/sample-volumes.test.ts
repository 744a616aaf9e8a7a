import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateSamples } from "../../../ingest/samples/generate-samples.ts";
import { currentDeliveries, readSampleSet, type SampleFile } from "./read-sample-set.ts";

// The yearly ranges of the issue, at scale 1.
const bibobPerYear: Record<string, [number, number]> = {
  GM0034: [80, 110],
  GM0995: [25, 40],
  GM0171: [15, 25],
  GM0303: [13, 22],
  GM0050: [7, 12],
  GM0184: [6, 11],
  PV24: [5, 15],
};
const mmaPerYear: Record<string, [number, number]> = {
  GM0034: [120, 160],
  GM0995: [40, 60],
  GM0171: [20, 35],
  GM0303: [20, 30],
  GM0050: [8, 15],
  GM0184: [8, 15],
};
const boaOnFormatie: Record<string, [number, number]> = {
  GM0034: [20, 40],
  GM0995: [8, 15],
  GM0171: [4, 8],
  GM0303: [4, 8],
  GM0050: [2, 5],
  GM0184: [2, 5],
  PV24: [3, 8],
  "WS-ZZL": [5, 15],
};
const gemeenten = Object.keys(mmaPerYear);

let dir: string;
let current: SampleFile[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "samples-"));
  await generateSamples({ out: dir, seed: 11, today: "2026-11-28" });
  current = currentDeliveries(readSampleSet(dir));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const rowsOf = (soort: string, org?: string, periodPrefix = "") =>
  current
    .filter(
      (f) =>
        f.soort === soort &&
        (org === undefined || f.org === org) &&
        f.periode.startsWith(periodPrefix),
    )
    .flatMap((f) => f.rows);

/** Each Bibob dossier once, as the latest period that lists it knows it. */
function dossiers(org?: string): Map<string, Record<string, string>> {
  const latest = new Map<string, { periode: string; row: Record<string, string> }>();
  for (const file of current.filter(
    (f) => f.soort === "bibob" && (org === undefined || f.org === org),
  )) {
    for (const row of file.rows) {
      const id = row.dossier_id ?? "";
      const known = latest.get(id);
      if (!known || known.periode < file.periode) latest.set(id, { periode: file.periode, row });
    }
  }
  return new Map([...latest].map(([id, { row }]) => [id, row]));
}

describe("the default sample set's volumes (seed 11, 2025 as the complete year)", () => {
  it("opens Bibob dossiers within each organisation's yearly range", () => {
    for (const [org, [min, max]] of Object.entries(bibobPerYear)) {
      const opened = [...dossiers(org).values()].filter((d) =>
        d.datum_aanvraag?.startsWith("2025"),
      );
      expect(opened.length, org).toBeGreaterThanOrEqual(min);
      expect(opened.length, org).toBeLessThanOrEqual(max);
    }
  });

  it("asks the LBB for 3 to 8 advices in the district, 40–55 % of them ernstig gevaar", () => {
    const lbb = [...dossiers().values()].filter(
      (d) => d.datum_aanvraag?.startsWith("2025") && d.lbb_advies_aangevraagd === "true",
    );
    expect(lbb.length).toBeGreaterThanOrEqual(3);
    expect(lbb.length).toBeLessThanOrEqual(8);
    const ernstig = lbb.filter((d) => d.mate_van_gevaar === "ernstig").length / lbb.length;
    expect(ernstig).toBeGreaterThanOrEqual(0.4);
    expect(ernstig).toBeLessThanOrEqual(0.55);
  });

  it("finds geen gevaar in about 90 % of the own investigations", () => {
    const own = [...dossiers().values()].filter(
      (d) =>
        d.datum_aanvraag?.startsWith("2025") &&
        d.lbb_advies_aangevraagd === "false" &&
        d.mate_van_gevaar !== "",
    );
    const geen = own.filter((d) => d.mate_van_gevaar === "geen").length / own.length;
    expect(geen).toBeGreaterThan(0.82);
    expect(geen).toBeLessThan(0.97);
  });

  it("receives MMA signals within each gemeente's yearly range, other sources on top", () => {
    for (const [org, [min, max]] of Object.entries(mmaPerYear)) {
      const signals = rowsOf("signalen", org, "2025");
      const mma = signals.filter((s) => s.bron === "mma").length;
      expect(mma, org).toBeGreaterThanOrEqual(min);
      expect(mma, org).toBeLessThanOrEqual(max);
      expect(signals.length - mma, org).toBeGreaterThan(mma * 0.8);
    }
  });

  it("keeps the partial year's MMA signals at a plausible quarterly rate", () => {
    for (const [org, [min, max]] of Object.entries(mmaPerYear)) {
      for (const q of ["2026-Q1", "2026-Q2", "2026-Q3"]) {
        const files = current.filter(
          (f) => f.org === org && f.soort === "signalen" && f.periode === q,
        );
        if (files.length === 0) continue; // Urk's 2026-Q3 is overdue on purpose
        const mma = rowsOf("signalen", org, q).filter((s) => s.bron === "mma").length;
        expect(mma, `${org} ${q}`).toBeGreaterThanOrEqual(Math.floor((min / 4) * 0.75));
        expect(mma, `${org} ${q}`).toBeLessThanOrEqual(Math.ceil((max / 4) * 1.3));
      }
    }
  });

  it("holds integrale controles: Almere 2–4 of 35–60 addresses, others 1–2 of 40–90, Dronten's buitengebied twice", () => {
    for (const org of gemeenten) {
      const controles = rowsOf("controles", org, "2025");
      const [min, max] = org === "GM0034" ? [2, 4] : org === "GM0303" ? [2, 2] : [1, 2];
      const [minAdressen, maxAdressen] = org === "GM0034" ? [35, 60] : [40, 90];
      expect(controles.length, org).toBeGreaterThanOrEqual(min);
      expect(controles.length, org).toBeLessThanOrEqual(max);
      for (const c of controles) {
        expect(Number(c.adressen_bezocht), org).toBeGreaterThanOrEqual(minAdressen);
        expect(Number(c.adressen_bezocht), org).toBeLessThanOrEqual(maxAdressen);
      }
      const visited = controles.reduce((s, c) => s + Number(c.adressen_bezocht), 0);
      const found = controles.reduce((s, c) => s + Number(c.adressen_met_bevinding), 0);
      expect(found / visited, org).toBeGreaterThanOrEqual(0.29);
      expect(found / visited, org).toBeLessThanOrEqual(0.51);
      if (org === "GM0303")
        expect(controles.every((c) => c.gebied_type === "buitengebied")).toBe(true);
    }
  });

  it("finds brandveiligheid most often at integrale controles", () => {
    const totals = new Map<string, number>();
    for (const c of rowsOf("controles")) {
      for (const part of (c.bevindingen ?? "").split("|").filter(Boolean)) {
        const [categorie = "", aantal = "0"] = part.split(":");
        totals.set(categorie, (totals.get(categorie) ?? 0) + Number(aantal));
      }
    }
    const top = [...totals].sort((a, b) => b[1] - a[1])[0]?.[0];
    expect(top).toBe("brandveiligheid");
  });

  it("lists boa's with undermining tasks within each organisation's range on every peildatum", () => {
    for (const [org, [min, max]] of Object.entries(boaOnFormatie)) {
      const files = current.filter((f) => f.org === org && f.soort === "formatie");
      expect(files, org).toHaveLength(3);
      for (const file of files) {
        const boa = file.rows
          .filter((r) => r.rol === "boa_ondermijning")
          .reduce((s, r) => s + Number(r.aantal), 0);
        expect(boa, `${org} ${file.periode}`).toBeGreaterThanOrEqual(min);
        expect(boa, `${org} ${file.periode}`).toBeLessThanOrEqual(max);
      }
    }
  });

  it("trains around 50–80 % of the gemeenten's boa's and toezichthouders through the TOV in 2025", () => {
    let trained = 0;
    let staff = 0;
    for (const org of gemeenten) {
      trained += rowsOf("trainingen", org, "2025")
        .filter(
          (t) =>
            t.aanbieder === "tov" && (t.doelgroep === "boa" || t.doelgroep === "toezichthouder"),
        )
        .reduce((s, t) => s + Number(t.deelnemers), 0);
      const formatie = current.find(
        (f) => f.org === org && f.soort === "formatie" && f.periode === "2025-Q2",
      );
      staff += (formatie?.rows ?? [])
        .filter((r) => r.rol === "boa_ondermijning" || r.rol === "toezichthouder_ondermijning")
        .reduce((s, r) => s + Number(r.aantal), 0);
    }
    expect(trained / staff).toBeGreaterThanOrEqual(0.45);
    expect(trained / staff).toBeLessThanOrEqual(0.85);
  });
});
