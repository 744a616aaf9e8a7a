import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumAvailable } from "../../pipeline/factsheet/print-pdf.ts";
import { sampleHome } from "../export/sample-home.ts";

type Indicator = { organisatie: string; ambitiepunt: string; jaar: string; status: string };

// In CI a missing browser or poppler must fail the run, not skip it.
const tools =
  chromiumAvailable() && existsSync("/usr/bin/pdftotext") && existsSync("/usr/bin/pdfinfo");
const runs = tools || process.env.CI === "true";

let home: Awaited<ReturnType<typeof sampleHome>>;
let pdf: string;

beforeAll(async () => {
  if (!runs) return;
  home = await sampleHome("normmonitor-factsheet-");
  pdf = join(home.dir, "GM0034-2025.pdf");
  await home.cli("factsheet", "GM0034", "--year", "2025", "--out", pdf);
}, 170_000);
afterAll(() => {
  if (home) rmSync(home.dir, { recursive: true, force: true });
});

describe.skipIf(!runs)("npx normmonitor factsheet GM0034 --year 2025", () => {
  it("names the organisation and its number of ambitiepunten voldaan of those that apply", async () => {
    const indicators = JSON.parse(
      await home.cli("indicators", "--org", "GM0034", "--year", "2025", "--format", "json"),
    ) as Indicator[];
    // The 34 points themselves: 10A–10C are parts of 10, nvt points do not apply to a gemeente.
    const punten = indicators.filter((i) => /^\d+$/.test(i.ambitiepunt));
    expect(punten).toHaveLength(34);
    const voldaan = punten.filter((i) => i.status === "voldaan").length;
    const toepasselijk = punten.filter((i) => i.status !== "nvt").length;
    const text = execFileSync("pdftotext", [pdf, "-"], { encoding: "utf-8" }).replace(/\s+/g, " ");
    expect(text).toContain("Gemeente Almere");
    expect(text).toContain(`${voldaan} van ${toepasselijk} ambitiepunten voldaan in 2025`);
  });

  it("has two to four pages; its first and third pages are saved as PNG in test-output/", () => {
    const info = execFileSync("pdfinfo", [pdf], { encoding: "utf-8" });
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(4);
    const out = join(import.meta.dirname, "../../test-output");
    mkdirSync(out, { recursive: true });
    for (const page of [1, 3]) {
      execFileSync("pdftoppm", [
        "-f",
        `${page}`,
        "-l",
        `${page}`,
        "-r",
        "80",
        "-png",
        "-singlefile",
        pdf,
        join(out, `factsheet-GM0034-2025-${page}`),
      ]);
      expect(existsSync(join(out, `factsheet-GM0034-2025-${page}.png`))).toBe(true);
    }
  });

  it("refuses an unknown organisation with exit code 2", async () => {
    const { runCli } = await import("../cli/run-cli.ts");
    const result = await runCli(
      ["factsheet", "GM9999", "--year", "2025", "--out", join(home.dir, "x.pdf")],
      home.env,
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("onbekende organisatie");
  });
});
