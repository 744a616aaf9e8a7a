import { once } from "node:events";
import { createWriteStream } from "node:fs";

const bronnen = ["mma", "politie", "burger", "toezicht", "intern_meldpunt", "riec"];
const fenomenen = ["drugs", "hennep", "vastgoed", "witwassen", "mensenhandel", "horeca"];

/** Writes a valid Almere signalen delivery for 2025-Q3 with `count` records, as Dutch Excel would. */
export async function writeLargeSignalenFile(path: string, count: number): Promise<void> {
  const out = createWriteStream(path);
  out.write("signaal_id;datum_ontvangen;bron;fenomeen;gemeente;besproken_in_loo;opvolging\r\n");
  for (let i = 0; i < count; i++) {
    const day = String((i % 30) + 1).padStart(2, "0");
    const month = ["07", "08", "09"][i % 3];
    const line = `SIG-${String(i).padStart(6, "0")};${day}-${month}-2025;${bronnen[i % 6]};${fenomenen[(i >> 3) % 6]};GM0034;${i % 2 ? "ja" : "nee"};lopend\r\n`;
    if (!out.write(line)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
}
