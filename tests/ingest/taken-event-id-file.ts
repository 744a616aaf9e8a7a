import { writeFileSync } from "node:fs";
import { deliveryIdOf } from "../../ingest/delivery-id.ts";
import { parseFile } from "../../ingest/parse-file.ts";
import { planEvents } from "../../ingest/plan-events.ts";
import { appendEvents } from "../../warehouse/append-events.ts";
import type { Store } from "../../warehouse/store.ts";

/** The full header of a signalen delivery, in the order of export-formats.md. */
export const signalenHeader =
  "signaal_id;datum_ontvangen;bron;fenomeen;gemeente;besproken_in_loo;datum_besproken_loo;opvolging;datum_afgesloten";

/**
 * Writes GM0303's signalen delivery for 2025-Q4 (SIG-A-1, SIG-A-2, SIG-A-3) to `path` and stores
 * the event of its second record beforehand, under another organisation: reading the stream finds
 * nothing of it, so only the COPY's unique index can, after every row was sent.
 */
export async function writeFileWithTakenEventId(
  store: Store,
  path: string,
  today: string,
): Promise<void> {
  writeFileSync(
    path,
    [
      signalenHeader,
      "SIG-A-1;01-10-2025;politie;hennep;GM0303;nee;;lopend;",
      "SIG-A-2;02-10-2025;mma;drugslab;GM0303;ja;03-10-2025;bestuurlijk;",
      "SIG-A-3;03-10-2025;burger;vastgoed;GM0303;nee;;lopend;",
      "",
    ].join("\n"),
  );
  const parsed = await parseFile(path, { today });
  if (!parsed.ok) throw new Error("the test file is valid");
  const planned = planEvents({
    delivery: parsed.delivery,
    deliveryId: deliveryIdOf(parsed.delivery),
    known: [],
    knownPeildata: [],
  }).events;
  const taken = planned[1];
  if (!taken) throw new Error("three events are planned");
  await store.withTransaction((session) =>
    appendEvents(session, [{ ...taken, organisatie: "GM0050" }]),
  );
}
