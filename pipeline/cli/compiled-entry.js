// The CLI's TypeScript as one bundle (with a chunk per command), made by esbuild and kept until a
// source changes. Loading the 70-odd modules of a build through tsx's loader thread cost about
// 0.6 s at the start of every command; the bundle loads in about 0.1 s.
// Plain JavaScript: it runs before anything can load TypeScript.
import { createHash } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { readFile } from "node:fs/promises";
import { basename, dirname, join, resolve, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const stampFile = "current.json";
// A bundle another process may still be loading is left alone this long before it is removed.
const keepOldBundlesMs = 60 * 60 * 1000;

/**
 * The file URL of an up-to-date bundle of `entry` in `cacheDirectory`, built first when any of
 * its sources changed (size or modification time) since the bundle was made. `rebuilt` says
 * whether this call built it. Safe with several processes at once: each builds into a folder of
 * its own and moves it in whole. (Types in compiled-entry.d.ts.)
 */
export async function compiledEntry({ entry, cacheDirectory }) {
  const known = readStamp(cacheDirectory);
  if (
    known &&
    existsSync(bundlePath(cacheDirectory, known.directory, entry)) &&
    stampOf(Object.keys(known.inputs)) === JSON.stringify(known.inputs)
  ) {
    return {
      url: pathToFileURL(bundlePath(cacheDirectory, known.directory, entry)).href,
      rebuilt: false,
    };
  }
  mkdirSync(cacheDirectory, { recursive: true });
  const building = join(cacheDirectory, `building-${process.pid}-${Date.now()}`);
  const { build } = await import("esbuild");
  const result = await build({
    entryPoints: [entry],
    outdir: building,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    packages: "external",
    sourcemap: true,
    metafile: true,
    logLevel: "silent",
    absWorkingDir: dirname(entry),
    plugins: [importMetaOfSource],
  });
  // This file too: a change in how the bundle is made makes a new one.
  const sources = [
    ...Object.keys(result.metafile.inputs).map((input) => resolve(dirname(entry), input)),
    fileURLToPath(import.meta.url),
  ];
  const inputs = JSON.parse(stampOf(sources));
  const directory = createHash("sha256").update(JSON.stringify(inputs)).digest("hex").slice(0, 16);
  try {
    renameSync(building, join(cacheDirectory, directory));
  } catch {
    // Another process moved in the same bundle first.
    rmSync(building, { recursive: true, force: true });
  }
  const stampTemporary = join(cacheDirectory, `${stampFile}.${process.pid}`);
  writeFileSync(stampTemporary, JSON.stringify({ directory, inputs }));
  renameSync(stampTemporary, join(cacheDirectory, stampFile));
  removeOldBundles(cacheDirectory, directory);
  const bundle = bundlePath(cacheDirectory, directory, entry);
  if (!existsSync(bundle)) throw new Error(`no bundle at ${bundle}`);
  return { url: pathToFileURL(bundle).href, rebuilt: true };
}

/** The last bundle's folder and the [mtime, size] of each of its sources, when recorded whole. */
function readStamp(cacheDirectory) {
  try {
    const stamp = JSON.parse(readFileSync(join(cacheDirectory, stampFile), "utf8"));
    return typeof stamp.directory === "string" &&
      typeof stamp.inputs === "object" &&
      stamp.inputs !== null
      ? stamp
      : undefined;
  } catch {
    return undefined;
  }
}

/** Each file's [mtime, size] as JSON, or undefined's JSON when one is gone. */
function stampOf(files) {
  try {
    return JSON.stringify(
      Object.fromEntries(
        files.map((file) => {
          const { mtimeMs, size } = statSync(file);
          return [file, [mtimeMs, size]];
        }),
      ),
    );
  } catch {
    return "null";
  }
}

function bundlePath(cacheDirectory, directory, entry) {
  return join(cacheDirectory, directory, basename(entry).replace(/\.[cm]?[jt]s$/, ".js"));
}

function removeOldBundles(cacheDirectory, current) {
  for (const entry of readdirSync(cacheDirectory, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name === current) continue;
    const path = join(cacheDirectory, entry.name);
    try {
      if (Date.now() - statSync(path).mtimeMs > keepOldBundlesMs)
        rmSync(path, { recursive: true, force: true });
    } catch {
      // Removed by another process meanwhile.
    }
  }
}

/**
 * import.meta in a bundle would describe the bundle's chunk; each source's own folder and URL are
 * written in instead, so paths next to the source (models, the parse worker) stay right.
 */
const importMetaOfSource = {
  name: "import-meta-of-source",
  setup(build) {
    build.onLoad({ filter: /\.[cm]?ts$/ }, async (args) => {
      if (args.path.includes(`${sep}node_modules${sep}`)) return undefined;
      const source = await readFile(args.path, "utf8");
      if (!source.includes("import.meta")) return undefined;
      return {
        loader: "ts",
        contents: source
          .replaceAll("import.meta.dirname", JSON.stringify(dirname(args.path)))
          .replaceAll("import.meta.filename", JSON.stringify(args.path))
          .replaceAll("import.meta.url", JSON.stringify(pathToFileURL(args.path).href)),
      };
    });
  },
};
