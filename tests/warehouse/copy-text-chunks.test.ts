import { describe, expect, it } from "vitest";
import { copyTextChunks } from "../../warehouse/copy-text-chunks.ts";

describe("copyTextChunks(rows)", () => {
  it("separates fields by tabs, writes null as \\N and an empty string as nothing", () => {
    const rows = [["a,b", 'zei "ja"', null, ""]];
    expect([...copyTextChunks(rows)]).toEqual(['a,b\tzei "ja"\t\\N\t\n']);
  });

  it("escapes backslashes, tabs and line breaks, and keeps unicode", () => {
    expect([
      ...copyTextChunks([["regel 1\nregel 2\r\n", "a\tb", "C:\\pad\\N", "Dronten ✓"]]),
    ]).toEqual(["regel 1\\nregel 2\\r\\n\ta\\tb\tC:\\\\pad\\\\N\tDronten ✓\n"]);
  });

  it("yields a chunk per rowsPerChunk rows and the rest at the end", () => {
    const rows = [["1"], ["2"], ["3"], ["4"], ["5"]];
    expect([...copyTextChunks(rows, 2)]).toEqual(["1\n2\n", "3\n4\n", "5\n"]);
  });

  it("yields nothing for no rows", () => {
    expect([...copyTextChunks([])]).toEqual([]);
  });

  it("reads its rows lazily, one chunk ahead at most", () => {
    let produced = 0;
    function* rows() {
      for (let i = 0; i < 1_000; i++) {
        produced++;
        yield [String(i)];
      }
    }
    const chunks = copyTextChunks(rows(), 10);
    chunks.next();
    expect(produced).toBe(10);
  });
});
