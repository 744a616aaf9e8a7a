import { readdir, stat } from "node:fs/promises";
import { join, relative } from "node:path";

/** A file in a built site, by its path relative to the site's folder. */
export interface SiteFile {
  path: string;
  bytes: number;
}

/** Every file under `folder`, sorted by path. */
export async function folderFiles(folder: string): Promise<SiteFile[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  const files = await Promise.all(
    entries
      .filter((entry) => entry.isFile())
      .map(async (entry) => {
        const full = join(entry.parentPath, entry.name);
        return { path: relative(folder, full), bytes: (await stat(full)).size };
      }),
  );
  return files.sort((a, b) => a.path.localeCompare(b.path));
}
