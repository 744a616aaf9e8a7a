import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { canonicalJson, sha256Hex } from "../../../ingest/content-hash.ts";
import { ingestFile } from "../../../ingest/ingest-file.ts";
import { organisations } from "../../../ingest/organisations.ts";
import { parseDelivery } from "../../../ingest/parse-delivery.ts";
import { inEffectOrder, replay } from "../../../ingest/record-state.ts";
import { readStream } from "../../../warehouse/read-stream.ts";
import type { StoredEvent } from "../../../warehouse/stored-event.ts";
import { type TestStore, testEngines } from "../../warehouse/test-stores.ts";
import { propertySettings } from "./property-settings.ts";

const today = "2026-11-28";
const signalenHeader = "signaal_id;datum_ontvangen;bron;fenomeen;gemeente;opvolging";
const registerHeader =
  "peildatum;maatregel_id;ambitiepunt;soort;omschrijving;status;datum_vastgesteld";

/** The small deliveries a sequence is made of, for any organisation (the gemeente column is explicit). */
const pool = [
  {
    name: "signalen-Q3",
    file: "signalen_2025-Q3.csv",
    text: `${signalenHeader}\nS1;01-07-2025;mma;drugs;GM0034;lopend\nS2;02-07-2025;politie;hennep;GM0303;geen\nS3;03-08-2025;burger;horeca;GM0034;\n`,
  },
  {
    // A re-delivery of the same quarter: S1 unchanged, S2 corrected, S3 left out, S4 new.
    name: "signalen-Q3-herlevering",
    file: "signalen_2025-Q3.csv",
    text: `${signalenHeader}\r\nS1;01-07-2025;mma;drugs;GM0034;lopend\r\nS2;02-07-2025;politie;hennep;GM0303;bibob\r\nS4;30-09-2025;riec;witwassen;GM0050;\r\n`,
  },
  {
    name: "signalen-Q2",
    file: "signalen_2025-Q2.csv",
    text: `${signalenHeader}\nS9;10-05-2025;toezicht;drugslab;GM0995;strafrechtelijk\n`,
  },
  {
    name: "register-juni",
    file: "maatregelen_2025-Q2.csv",
    text: `${registerHeader}\n30-06-2025;MR-1;12;beleid;Beleidsregels Bibob;vastgesteld;14-03-2025\n30-06-2025;MR-2;26;regeling;Opvang;in_voorbereiding;\n`,
  },
  {
    // The same register in another dialect: different bytes, the same records.
    name: "register-juni-json",
    file: "maatregelen_2025-Q2.json",
    text: JSON.stringify({
      peildatum: "2025-06-30",
      records: [
        {
          maatregel_id: "MR-1",
          ambitiepunt: 12,
          soort: "beleid",
          omschrijving: "Beleidsregels Bibob",
          status: "vastgesteld",
          datum_vastgesteld: "2025-03-14",
        },
        {
          maatregel_id: "MR-2",
          ambitiepunt: "26",
          soort: "regeling",
          omschrijving: "Opvang",
          status: "in_voorbereiding",
        },
      ],
    }),
  },
  {
    // Half a year on: MR-1 realised, MR-2 gone, MR-3 new.
    name: "register-december",
    file: "maatregelen_2025-Q4.csv",
    text: `${registerHeader}\n31-12-2025;MR-1;12;beleid;Beleidsregels Bibob;gerealiseerd;14-03-2025\n31-12-2025;MR-3;10A;beleid;Aanwijzing horeca;vastgesteld;01-11-2025\n`,
  },
] as const;

const folder = mkdtempSync(join(tmpdir(), "normmonitor-repeats-"));

/** The path of delivery `index` for organisation `org`, written on first use. */
function pathOf(org: string, index: number): string {
  const delivery = pool[index];
  if (!delivery) throw new Error(`no delivery ${index}`);
  const directory = join(folder, org, String(index));
  const path = join(directory, `${org}_${delivery.file}`);
  mkdirSync(directory, { recursive: true });
  writeFileSync(path, delivery.text);
  return path;
}

/** Record id → content hash of the records a delivery holds, worked out from the file alone. */
function contentOf(index: number): Map<string, string> {
  const delivery = pool[index];
  const result = parseDelivery({
    fileName: `GM0034_${delivery?.file}`,
    bytes: Buffer.from(delivery?.text ?? ""),
    today,
  });
  if (!result.ok) throw new Error(`${delivery?.name} is refused: ${JSON.stringify(result.issues)}`);
  return new Map(
    result.delivery.records.map((r) => [r.recordId, sha256Hex(canonicalJson(r.payload))]),
  );
}

/** The records in force (id → content hash) after replaying events, up to a date for a register. */
function inForce(events: readonly StoredEvent[], onDate?: string): Map<string, string> {
  const effective = onDate
    ? inEffectOrder(events).filter((event) => event.occurredAt <= onDate)
    : events;
  const state = new Map<string, string>();
  for (const [recordId, version] of replay(effective)) {
    if (!version.withdrawn && version.contentHash) state.set(recordId, version.contentHash);
  }
  return state;
}

// An event without the ids that differ per organisation; what it supersedes as an index into the list.
function normalised(events: readonly StoredEvent[]) {
  const index = new Map(events.map((event, at) => [event.eventId, at]));
  return events.map((e) => [
    e.type,
    e.soort,
    e.periode,
    e.recordId,
    e.occurredAt,
    e.contentHash,
    e.supersedes === null ? null : index.get(e.supersedes),
  ]);
}

const sequences = fc.array(fc.nat(pool.length - 1), { minLength: 1, maxLength: 8 });

for (const engine of testEngines()) {
  describe.skipIf(engine.skip !== undefined)(`repeated deliveries on ${engine.label}`, () => {
    const stores: TestStore[] = [];
    // Each run takes two organisations of its own (the sequence and the reference), so one store
    // holds five runs: opening a store costs seconds, a pair of fresh streams nothing.
    let free: string[] = [];
    async function nextPair(): Promise<{ store: TestStore; orgs: [string, string] }> {
      if (free.length < 2) {
        stores.push(await engine.open());
        free = organisations.map((o) => o.code);
      }
      const store = stores.at(-1) as TestStore;
      return { store, orgs: [free.pop() as string, free.pop() as string] };
    }
    afterAll(async () => {
      for (const store of stores) await store.dispose();
      rmSync(folder, { recursive: true, force: true });
    });

    it("give the same events and records as each distinct file once, in first-occurrence order", async () => {
      const content = pool.map((_, index) => contentOf(index));
      let runs = 0;
      await fc.assert(
        fc.asyncProperty(sequences, async (sequence) => {
          runs++;
          const { store, orgs } = await nextPair();
          const [org, referenceOrg] = orgs;
          const distinct = [...new Set(sequence)];
          const receipts = [];
          for (const index of sequence) {
            receipts.push(await ingestFile(store.store, pathOf(org, index), { today }));
          }
          for (const index of distinct) {
            await ingestFile(store.store, pathOf(referenceOrg, index), { today });
          }
          // Every repeat of a file is recognised and adds nothing.
          receipts.forEach((receipt, at) => {
            const repeat = sequence.indexOf(sequence[at] as number) < at;
            expect(receipt.status).toBe(repeat ? "already-known" : "accepted");
            if (repeat) expect(receipt.events).toBe(0);
          });

          const streams = [
            { soort: "signalen", periode: "2025-Q3" },
            { soort: "signalen", periode: "2025-Q2" },
            { soort: "maatregelen" },
          ];
          for (const stream of streams) {
            const events = await readStream(store.store.db, { organisatie: org, ...stream });
            const reference = await readStream(store.store.db, {
              organisatie: referenceOrg,
              ...stream,
            });
            expect(normalised(events)).toEqual(normalised(reference));
          }

          // By hand: a quarter holds what its last distinct delivery held; a register holds on
          // each peildatum what was delivered for it, whatever the order.
          const byPosition = async (filter: { soort: string; periode?: string }) =>
            readStream(store.store.db, { organisatie: org, ...filter });
          const lastOf = (a: number, b: number) =>
            distinct.includes(a) || distinct.includes(b)
              ? distinct.lastIndexOf(a) > distinct.lastIndexOf(b)
                ? a
                : b
              : undefined;
          const q3 = lastOf(0, 1);
          expect(inForce(await byPosition({ soort: "signalen", periode: "2025-Q3" }))).toEqual(
            q3 === undefined ? new Map() : content[q3],
          );
          expect(inForce(await byPosition({ soort: "signalen", periode: "2025-Q2" }))).toEqual(
            distinct.includes(2) ? content[2] : new Map(),
          );
          const register = await byPosition({ soort: "maatregelen" });
          const june = distinct.includes(3) || distinct.includes(4) ? content[3] : new Map();
          expect(inForce(register, "2025-06-30")).toEqual(june);
          expect(inForce(register, "2025-12-31")).toEqual(distinct.includes(5) ? content[5] : june);
        }),
        propertySettings(15),
      );
      expect(runs).toBeGreaterThanOrEqual(15);
    }, 300_000);
  });
}
