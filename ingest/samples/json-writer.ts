import { createWriteStream } from "node:fs";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { SampleColumn, SampleRecord } from "./sample-record.ts";

const chunkSize = 64 * 1024;

/** The identity of a JSON delivery: its header fields before `records`. */
export interface JsonHeader {
  organisatie: string;
  soort: string;
  periode: string;
  peildatum?: string;
}

function* jsonChunks(
  header: JsonHeader,
  columns: readonly SampleColumn[],
  records: Iterable<SampleRecord>,
  counter: { rows: number },
): Generator<string> {
  const head = JSON.stringify(header);
  let chunk = `${head.slice(0, -1)},"records":[`;
  for (const record of records) {
    const ordered = Object.fromEntries(columns.map((c) => [c.name, record[c.name] ?? null]));
    chunk += `${counter.rows === 0 ? "" : ","}\n  ${JSON.stringify(ordered)}`;
    counter.rows++;
    if (chunk.length >= chunkSize) {
      yield chunk;
      chunk = "";
    }
  }
  yield `${chunk}${counter.rows === 0 ? "" : "\n"}]}\n`;
}

/** Streams records to a JSON delivery file; resolves to the number of records written. */
export async function writeJson(
  path: string,
  header: JsonHeader,
  columns: readonly SampleColumn[],
  records: Iterable<SampleRecord>,
): Promise<number> {
  const counter = { rows: 0 };
  await pipeline(
    Readable.from(jsonChunks(header, columns, records, counter)),
    createWriteStream(path),
  );
  return counter.rows;
}
