import { existsSync } from "node:fs";
import { chromium } from "playwright-core";

/** The browser that prints: NORMMONITOR_CHROMIUM, or Debian's chromium. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.NORMMONITOR_CHROMIUM?.trim() || "/usr/bin/chromium";
}

/** Whether the browser that prints is installed. */
export function chromiumAvailable(env: NodeJS.ProcessEnv = process.env): boolean {
  return existsSync(chromiumPath(env));
}

/** Headless, and nothing that phones home: the machines it runs on are offline. */
export const offlineChromiumArgs = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Page footer Chromium prints on every page: the page number, so a printed sheet stays in order. */
const footerTemplate = `<div style="font-size:7pt;color:#4a5663;width:100%;text-align:center;font-family:'DejaVu Sans',sans-serif">pagina <span class="pageNumber"></span> van <span class="totalPages"></span></div>`;

/**
 * Prints each HTML page to its PDF file with headless Chromium, one browser for all of them. Every
 * request that is not file:, data: or about: is aborted: a factsheet must print offline.
 */
export async function printPdfs(pages: readonly { html: string; pdf: string }[]): Promise<void> {
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: offlineChromiumArgs,
  });
  try {
    const context = await browser.newContext({ offline: true });
    await context.route("**/*", (route) =>
      /^(file|data|about):/.test(route.request().url()) ? route.continue() : route.abort(),
    );
    for (const { html, pdf } of pages) {
      const page = await context.newPage();
      await page.setContent(html, { waitUntil: "load" });
      await page.pdf({
        path: pdf,
        format: "A4",
        printBackground: true,
        preferCSSPageSize: true,
        displayHeaderFooter: true,
        headerTemplate: "<span></span>",
        footerTemplate,
      });
      await page.close();
    }
  } finally {
    await browser.close();
  }
}
