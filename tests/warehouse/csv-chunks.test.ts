import { describe, expect, it } from "vitest";
import { csvChunks } from "../../warehouse/csv-chunks.ts";

describe("csvChunks(rows)", () => {
  it("quotes every string, doubles quotes, and leaves null as an empty unquoted field", () => {
    const rows = [["a,b", 'zei "ja"', null, ""]];
    expect([...csvChunks(rows)]).toEqual(['"a,b","zei ""ja""",,""\n']);
  });

  it("keeps newlines and unicode inside the quotes", () => {
    expect([...csvChunks([["regel 1\nregel 2", "Dronten ✓"]])]).toEqual([
      '"regel 1\nregel 2","Dronten ✓"\n',
    ]);
  });

  it("yields a chunk per rowsPerChunk rows and the rest at the end", () => {
    const rows = [["1"], ["2"], ["3"], ["4"], ["5"]];
    expect([...csvChunks(rows, 2)]).toEqual(['"1"\n"2"\n', '"3"\n"4"\n', '"5"\n']);
  });

  it("yields nothing for no rows", () => {
    expect([...csvChunks([])]).toEqual([]);
  });

  it("reads its rows lazily, one chunk ahead at most", () => {
    let produced = 0;
    function* rows() {
      for (let i = 0; i < 1_000; i++) {
        produced++;
        yield [String(i)];
      }
    }
    const chunks = csvChunks(rows(), 10);
    chunks.next();
    expect(produced).toBe(10);
  });
});
