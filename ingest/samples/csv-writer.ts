import { createWriteStream } from "node:fs";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import iconv from "iconv-lite";
import { type CsvDialect, formatCsvCell } from "./dialects.ts";
import type { SampleColumn, SampleRecord } from "./sample-record.ts";

const chunkSize = 64 * 1024;

function* csvChunks(
  columns: readonly SampleColumn[],
  records: Iterable<SampleRecord>,
  dialect: CsvDialect,
  counter: { rows: number },
): Generator<string> {
  let chunk = (dialect.bom ? "\uFEFF" : "") + columns.map((c) => c.name).join(dialect.delimiter);
  chunk += dialect.lineEnding;
  for (const record of records) {
    const cells = columns.map((c) => formatCsvCell(record[c.name] ?? null, c.type, dialect));
    chunk += cells.join(dialect.delimiter) + dialect.lineEnding;
    counter.rows++;
    if (chunk.length >= chunkSize) {
      yield chunk;
      chunk = "";
    }
  }
  if (chunk) yield chunk;
}

/** Streams records to a CSV file in the dialect; resolves to the number of rows written. */
export async function writeCsv(
  path: string,
  columns: readonly SampleColumn[],
  records: Iterable<SampleRecord>,
  dialect: CsvDialect,
): Promise<number> {
  const counter = { rows: 0 };
  const source = Readable.from(csvChunks(columns, records, dialect, counter));
  if (dialect.encoding === "windows-1252") {
    await pipeline(source, iconv.encodeStream("win1252"), createWriteStream(path));
  } else {
    await pipeline(source, createWriteStream(path, { encoding: "utf8" }));
  }
  return counter.rows;
}
