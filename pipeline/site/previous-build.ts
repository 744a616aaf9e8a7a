import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Audience } from "../norm/publication-rules.ts";
import type { PreviousBuild } from "./page-data.ts";
import { quarterStart } from "./quarter-start.ts";
import type { OutputRow } from "./site-input.ts";

/**
 * The latest as-of build (`<home>/output/as-of-*`) from before the quarter of `asOf` began, for
 * the same audience, or undefined when there is none (then the site says how to make one).
 */
export async function findPreviousBuild(
  home: string,
  audience: Audience,
  asOf: string,
): Promise<PreviousBuild | undefined> {
  const before = quarterStart(asOf);
  const folders = await readdir(join(home, "output")).catch(() => [] as string[]);
  let best: PreviousBuild | undefined;
  for (const folder of folders.filter((name) => name.startsWith("as-of-"))) {
    const file = join(home, "output", folder, audience, "norm_indicatoren.json");
    const json = await readFile(file, "utf8").catch(() => undefined);
    if (!json) continue;
    const parsed = JSON.parse(json) as { as_of: string; rijen: OutputRow[] };
    if (parsed.as_of >= before) continue;
    if (!best || parsed.as_of > best.as_of)
      best = { as_of: parsed.as_of, norm_indicatoren: parsed.rijen };
  }
  return best;
}
