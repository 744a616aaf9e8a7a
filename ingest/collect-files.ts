import { readdir, stat } from "node:fs/promises";
import { extname, join } from "node:path";

const deliveryExtensions = new Set([".csv", ".json", ".txt", ".tsv"]);

/**
 * Expands files and folders into delivery files: a folder's own files first (sorted), then
 * its subfolders, so re-deliveries kept in a subfolder load after the originals.
 */
export async function collectFiles(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path);
    if (!info.isDirectory()) {
      files.push(path);
      continue;
    }
    const entries = (await readdir(path, { withFileTypes: true })).sort((a, b) =>
      a.name < b.name ? -1 : 1,
    );
    for (const entry of entries) {
      if (entry.isFile() && deliveryExtensions.has(extname(entry.name).toLowerCase()))
        files.push(join(path, entry.name));
    }
    const folders = entries.filter((entry) => entry.isDirectory() && !entry.name.startsWith("."));
    files.push(...(await collectFiles(folders.map((entry) => join(path, entry.name)))));
  }
  return files;
}
