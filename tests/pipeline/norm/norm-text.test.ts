import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ambitiepunten, findAmbitiepunt } from "../../../pipeline/norm/ambitiepunten.ts";
import { themas } from "../../../pipeline/norm/themas.ts";

// The published text of the Flevolandse Norm 2.0, kept beside the test as the catalogue's source.
const normFile = readFileSync(join(import.meta.dirname, "flevolandse-norm-2.0.txt"), "utf-8");
const squeeze = (text: string) => text.replace(/\s+/g, " ").trim();
const norm = squeeze(normFile);

describe("the catalogue's texts", () => {
  it("quotes every whole point verbatim after its number", () => {
    for (const a of ambitiepunten.filter((a) => a.onderdeelVan === undefined)) {
      expect(norm, a.punt).toContain(`${a.punt}. ${squeeze(a.tekst)}`);
    }
  });

  it("words each part of 10 as the text of 10 followed by the part's own line of the norm", () => {
    const tien = findAmbitiepunt("10")?.tekst ?? "";
    for (const a of ambitiepunten.filter((a) => a.onderdeelVan === "10")) {
      expect(a.tekst.startsWith(`${tien} `), a.punt).toBe(true);
      const deel = a.tekst.slice(tien.length + 1);
      expect(norm, a.punt).toContain(`${a.punt.slice(-1)}) ${deel}`);
    }
  });

  it("finds 10A's line in the norm as (horeca-)inrichtingen", () => {
    expect(findAmbitiepunt("10A")?.tekst).toMatch(/voor: \(horeca-\)inrichtingen$/);
  });

  it("quotes every theme heading after its number", () => {
    for (const thema of themas) expect(norm).toContain(`${thema.nummer}. ${thema.kop}`);
  });

  it("takes the sub-headings of themes 7 and 8 from the norm", () => {
    const subthemas = ambitiepunten.map((a) => [a.punt, a.subthema]).filter(([, s]) => s);
    expect(subthemas).toEqual([
      ["26", "Mensenhandel"],
      ["27", "Problematiek in relatie tot explosies"],
      ["28", "Politie"],
      ["29", "Politie"],
      ["30", "Openbaar Ministerie"],
      ["31", "Openbaar Ministerie"],
      ["32", "Waterschap Zuiderzeeland"],
      ["33", "Waterschap Zuiderzeeland"],
      ["34", "Waterschap Zuiderzeeland"],
    ]);
    for (const [, subthema] of subthemas)
      expect(normFile).toMatch(new RegExp(`^${subthema}$`, "m"));
  });
});
