import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";
import { offlineChromiumArgs } from "../../pipeline/factsheet/print-pdf.ts";

export const chromiumPath = "/usr/bin/chromium";

/**
 * Debian's Chromium, headless, with everything that phones home switched off. A missing browser
 * fails the test (in CI and here alike): the site's promises are only checked in a real browser.
 */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(chromiumPath))
    throw new Error(
      `${chromiumPath} is missing: install Debian's chromium package (CI: .ci/run does)`,
    );
  return chromium.launch({
    executablePath: chromiumPath,
    args: offlineChromiumArgs,
  });
}
