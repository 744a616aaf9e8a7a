import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import iconv from "iconv-lite";

/** One delivered file as a test sees it: every value a plain string, dates ISO, booleans true/false. */
export interface SampleFile {
  path: string;
  name: string;
  org: string;
  soort: string;
  periode: string;
  herlevering: boolean;
  format: "excel-cp1252" | "excel-utf8" | "csv" | "json";
  bytes: Buffer;
  text: string;
  mtime: Date;
  rows: Record<string, string>[];
}

const dutchDate = /^(\d{2})-(\d{2})-(\d{4})$/;

function normalise(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (Array.isArray(value)) return value.join("|");
  if (typeof value === "boolean") return String(value);
  const text = String(value);
  if (text === "ja") return "true";
  if (text === "nee") return "false";
  const dutch = dutchDate.exec(text);
  return dutch ? `${dutch[3]}-${dutch[2]}-${dutch[1]}` : text;
}

function decode(bytes: Buffer): { text: string; format: SampleFile["format"] } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: bytes.subarray(3).toString("utf8"), format: "excel-utf8" };
  }
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return {
      text,
      format: text.startsWith("{") ? "json" : text.includes(";") ? "excel-cp1252" : "csv",
    };
  } catch {
    return { text: iconv.decode(bytes, "win1252"), format: "excel-cp1252" };
  }
}

function readOne(path: string, herlevering: boolean): SampleFile {
  const name = path.split("/").pop() ?? path;
  const [org = "", soort = "", rest = ""] = name.split("_");
  const bytes = readFileSync(path);
  const { text, format } = decode(bytes);
  let rows: Record<string, string>[];
  if (format === "json") {
    const records = (JSON.parse(text) as { records: Record<string, unknown>[] }).records;
    rows = records.map((r) =>
      Object.fromEntries(Object.entries(r).map(([k, v]) => [k, normalise(v)])),
    );
  } else {
    const delimiter = text.slice(0, text.indexOf("\n")).includes(";") ? ";" : ",";
    const records = parse(text, { columns: true, delimiter, skip_empty_lines: true }) as Record<
      string,
      string
    >[];
    rows = records.map((r) =>
      Object.fromEntries(Object.entries(r).map(([k, v]) => [k, normalise(v)])),
    );
  }
  return {
    path,
    name,
    org,
    soort,
    periode: rest.replace(/\.(csv|json)$/, ""),
    herlevering,
    format,
    bytes,
    text,
    mtime: statSync(path).mtime,
    rows,
  };
}

/** Every file of a generated sample set, originals first, then the re-deliveries. */
export function readSampleSet(dir: string): SampleFile[] {
  const originals = readdirSync(dir)
    .filter((f) => /\.(csv|json)$/.test(f))
    .map((f) => readOne(join(dir, f), false));
  const again = join(dir, "herlevering");
  const redelivered = readdirSync(again).map((f) => readOne(join(again, f), true));
  return [...originals, ...redelivered];
}

/** The current version of each delivery: a re-delivery replaces the original of its period. */
export function currentDeliveries(files: readonly SampleFile[]): SampleFile[] {
  const byPeriod = new Map<string, SampleFile>();
  for (const file of files) {
    const key = `${file.org}|${file.soort}|${file.periode}`;
    if (file.herlevering || !byPeriod.has(key)) byPeriod.set(key, file);
  }
  return [...byPeriod.values()];
}
