import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseFile } from "../../ingest/parse-file.ts";

const folder = mkdtempSync(join(tmpdir(), "normmonitor-parse-file-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("parseFile", () => {
  // 111222333 passes the elfproef: 9·1 + 8·1 + 7·1 + 6·2 + 5·2 + 4·2 + 3·3 + 2·3 − 1·3 = 66 = 6·11.
  it.each([
    [
      "GM0034_signalen_2025-Q3 jan.jansen@example.nl.csv",
      "jan.jansen@example.nl",
      "[e-mailadres verwijderd]",
      "een e-mailadres",
    ],
    ["GM0034_signalen_2025-Q3 bsn 111222333.csv", "111222333", "[BSN verwijderd]", "een BSN"],
  ])(
    "refuses a file whose name holds personal data, naming it only masked: %s",
    async (name, secret, mask, what) => {
      const path = join(folder, name);
      writeFileSync(path, "signaal_id;datum_ontvangen\nSIG-1;01-07-2025\n");
      const parse = await parseFile(path, { today: "2026-11-28" });
      expect(parse.ok).toBe(false);
      if (parse.ok) return;
      expect(parse.receipt.status).toBe("refused");
      expect(parse.receipt.file).toBe(name.replace(secret, mask));
      expect(parse.receipt.issues).toEqual([
        {
          code: "personal-data",
          severity: "error",
          file: name.replace(secret, mask),
          expected: `geen persoonsgegevens in de bestandsnaam: de naam bevat ${what}`,
        },
      ]);
      expect(JSON.stringify(parse.receipt)).not.toContain(secret);
    },
  );
});
