import { describe, expect, it } from "vitest";
import { toDutchCsv } from "../../pipeline/export/dutch-csv.ts";

describe("toDutchCsv(columns, rows)", () => {
  it("writes a byte-order mark, semicolons, CRLF, decimal commas, dd-mm-jjjj dates and ja/nee", () => {
    const csv = toDutchCsv(
      [
        { name: "gemeente", kind: "text" },
        { name: "aandeel", kind: "number" },
        { name: "datum", kind: "date" },
        { name: "op_tijd", kind: "boolean" },
        { name: "ontvangen", kind: "timestamp" },
      ],
      [
        {
          gemeente: "GM0034",
          aandeel: 0.25,
          datum: "2026-01-30",
          op_tijd: true,
          ontvangen: "2026-02-01T09:30:00.000Z",
        },
        { gemeente: "a;b", aandeel: null, datum: null, op_tijd: false, ontvangen: null },
      ],
    );
    expect(csv).toBe(
      "\uFEFFgemeente;aandeel;datum;op_tijd;ontvangen\r\n" +
        "GM0034;0,25;30-01-2026;ja;01-02-2026 09:30:00\r\n" +
        '"a;b";;;nee;\r\n',
    );
  });
});
