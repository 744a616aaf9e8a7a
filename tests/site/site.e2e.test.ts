import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { organisations } from "../../ingest/organisations.ts";
import { generateSamples } from "../../ingest/samples/generate-samples.ts";
import { ambitiepunten, ambitiepuntenFor } from "../../pipeline/norm/ambitiepunten.ts";
import { folderFiles } from "../../pipeline/site/folder-files.ts";
import { type SiteServer, serveSite } from "../../pipeline/site/serve-site.ts";
import { runCli } from "../cli/run-cli.ts";
import { launchChromium } from "./chromium.ts";
import { findSmallCounts } from "./small-counts.ts";

const dir = mkdtempSync(join(tmpdir(), "normmonitor-site-"));
const home = join(dir, "home");
const env = { NORMMONITOR_HOME: home, DATABASE_URL: undefined };
const screenshots = join(import.meta.dirname, "../../test-output/screenshots");
const audiences = ["publiek", "partners"] as const;
type Audience = (typeof audiences)[number];

const pages = [
  "",
  "ambitiepunten",
  "organisaties/",
  ...organisations.map((o) => `organisaties/${o.code}`),
  "ondermijningsbeeld",
  "gegevens",
  "methode",
];

async function cli(...args: string[]): Promise<string> {
  const result = await runCli(args, env);
  if (result.code !== 0)
    throw new Error(`normmonitor ${args.join(" ")} exited ${result.code}: ${result.stderr}`);
  return result.stdout;
}

const servers = new Map<Audience, SiteServer>();
const report: Record<string, unknown> = {};
let browser: Browser;
const contexts = new Map<Audience, BrowserContext>();

/** Opens a page and collects what went wrong: console errors and requests off 127.0.0.1. */
async function visit(audience: Audience, path: string) {
  const server = servers.get(audience);
  if (!server) throw new Error(`no server for ${audience}`);
  const context = contexts.get(audience);
  if (!context) throw new Error(`no browser context for ${audience}`);
  const page = await context.newPage();
  const errors: string[] = [];
  const offsite: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("request", (request) => {
    const url = request.url();
    if (!url.startsWith(server.url) && !url.startsWith("blob:") && !url.startsWith("data:"))
      offsite.push(url);
  });
  await page.goto(server.url + path, { waitUntil: "load" });
  await page.locator("#observablehq-main h1").first().waitFor();
  await page.waitForLoadState("networkidle");
  return { page, errors, offsite };
}

beforeAll(async () => {
  const deliveries = join(dir, "deliveries");
  await generateSamples({ out: deliveries, seed: 2026, today: "2026-11-28" });
  await cli("ingest", deliveries);
  await cli("build");
  // Both audiences build at once, as they may: each builds in a scratch folder of its own.
  await Promise.all(
    audiences.map(async (audience) => {
      const started = performance.now();
      const printed = await cli("site", "build", "--audience", audience);
      const files = await folderFiles(join(home, "site", audience));
      report[audience] = {
        build_seconds: Math.round((performance.now() - started) / 100) / 10,
        printed: printed.trim(),
        pages: files.filter((f) => f.path.endsWith(".html")),
        data: files.filter((f) => f.path.startsWith("_file/")),
        total_bytes: files.reduce((sum, f) => sum + f.bytes, 0),
      };
      servers.set(audience, await serveSite(join(home, "site", audience)));
    }),
  );
  browser = await launchChromium();
  for (const audience of audiences)
    contexts.set(audience, await browser.newContext({ viewport: { width: 1280, height: 900 } }));
  mkdirSync(screenshots, { recursive: true });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  for (const server of servers.values()) await server.close();
  mkdirSync(join(screenshots, ".."), { recursive: true });
  writeFileSync(
    join(screenshots, "..", "site-report.json"),
    `${JSON.stringify(report, null, 2)}\n`,
  );
  rmSync(dir, { recursive: true, force: true });
});

describe("the district site, built from the sample set and opened in Chromium", () => {
  for (const audience of audiences) {
    it(`opens every ${audience} page without console errors or requests leaving 127.0.0.1, ${audience === "partners" ? "each marked VERTROUWELIJK" : "none marked"}, each organisation page with its own points`, async () => {
      for (const path of pages) {
        const { page, errors, offsite } = await visit(audience, path);
        const name = path.replaceAll("/", "-").replace(/-$/, "") || "overzicht";
        await page.screenshot({
          path: join(screenshots, `${audience}-${name}.png`),
          fullPage: true,
        });
        expect(await page.getAttribute("html", "lang"), path).toBe("nl");
        expect(errors, path).toEqual([]);
        expect(offsite, path).toEqual([]);
        const markering = await page.locator(".markering").count();
        if (audience === "partners")
          await expect(page.locator(".markering").textContent(), path).resolves.toContain(
            "VERTROUWELIJK",
          );
        else expect(markering, path).toBe(0);
        const organisation = organisations.find((o) => path === `organisaties/${o.code}`);
        if (organisation) {
          // Each organisation page lists exactly its own applicable points, in catalogue order.
          await expect(page.locator("h1").first().textContent()).resolves.toBe(organisation.naam);
          const punten = await page
            .locator(".punten tbody tr td:first-child a")
            .evaluateAll((links) => links.map((a) => a.textContent));
          expect(punten, path).toEqual(ambitiepuntenFor(organisation.type).map((p) => p.punt));
        }
        await page.close();
      }
    }, 120_000);
  }

  it("shows every ambitiepunt in the matrix for exactly its applicable organisations", async () => {
    const { page } = await visit("publiek", "");
    const cells = await page
      .locator("table.matrix td[data-punt]")
      .evaluateAll((tds) =>
        tds.map(
          (td) =>
            `${td.getAttribute("data-punt")} ${td.getAttribute("data-organisatie")} ${td.getAttribute("data-toepasselijk") ?? "-"}`,
        ),
      );
    const expected = ambitiepunten.flatMap((punt) =>
      organisations.map(
        (o) => `${punt.punt} ${o.code} ${punt.geldtVoor.includes(o.type) ? "ja" : "-"}`,
      ),
    );
    expect(cells.sort()).toEqual(expected.sort());
    // 37 rows (34 points and 10A–10C) × 11 organisations, of which the applicable ones have a status.
    expect(cells).toHaveLength(37 * 11);
    const statuses = await page
      .locator("table.matrix td[data-toepasselijk] a")
      .evaluateAll((links) => links.map((a) => a.closest("td")?.getAttribute("data-status")));
    expect(
      statuses.every((s) =>
        ["voldaan", "deels", "niet_voldaan", "geen_gegevens"].includes(String(s)),
      ),
    ).toBe(true);
    await page.close();
  });

  it("leads from a matrix cell to that point's explanation", async () => {
    const { page } = await visit("publiek", "");
    await page.locator('table.matrix td[data-punt="7"][data-organisatie="GM0995"] a').click();
    await page.waitForURL(/\/ambitiepunten#punt-7$/);
    const section = page.locator("section#punt-7");
    await section.waitFor();
    const punt7 = ambitiepunten.find((p) => p.punt === "7");
    await expect(section.textContent()).resolves.toContain(punt7?.regel);
    await expect(section.locator('tr[data-organisatie="GM0995"]').count()).resolves.toBe(1);
    await page.close();
  });

  it("puts VERTROUWELIJK nowhere in the public build, not even in its scripts or data", async () => {
    const folder = join(home, "site", "publiek");
    for (const file of await folderFiles(folder))
      expect(readFileSync(join(folder, file.path), "latin1"), file.path).not.toContain(
        "VERTROUWELIJK",
      );
  });

  it("publishes no count between 1 and 4 in the public build's data files", async () => {
    const folder = join(home, "site", "publiek");
    const data = (await folderFiles(folder)).filter((f) => f.path.endsWith(".json"));
    expect(data.length).toBeGreaterThan(10);
    for (const file of data)
      expect(
        findSmallCounts(JSON.parse(readFileSync(join(folder, file.path), "utf8"))),
        file.path,
      ).toEqual([]);
  });

  it("keeps the data each page loads under 500 kB", async () => {
    for (const audience of audiences) {
      const folder = join(home, "site", audience);
      const files = await folderFiles(folder);
      const size = new Map(files.map((f) => [f.path, f.bytes]));
      const perPage: Record<string, number> = {};
      for (const html of files.filter((f) => f.path.endsWith(".html"))) {
        const text = readFileSync(join(folder, html.path), "utf8");
        const data = new Set([...text.matchAll(/_file\/[^"']+\.json/g)].map((m) => m[0]));
        perPage[html.path] = [...data].reduce((sum, path) => sum + (size.get(path) ?? 0), 0);
      }
      (report[audience] as Record<string, unknown>).data_bytes_per_page = perPage;
      for (const [page, bytes] of Object.entries(perPage))
        expect(bytes, `${audience} ${page}`).toBeLessThanOrEqual(500 * 1024);
      expect(Math.max(...Object.values(perPage))).toBeGreaterThan(0);
    }
  });
});
