import { copyEvents, recordDelivery } from "../warehouse/append-events.ts";
import { lockStream } from "../warehouse/lock-stream.ts";
import type { Store } from "../warehouse/open-store.ts";
import { deliveryKnown, readStreamVersions } from "../warehouse/read-stream.ts";
import type { Session } from "../warehouse/store.ts";
import { deliveryIdOf } from "./delivery-id.ts";
import type { PlannedEvent } from "./events.ts";
import { type Issue, isError } from "./issue.ts";
import { type PreparedDelivery, refusalOf, validatorFor } from "./parse-delivery.ts";
import { emptyReceipt } from "./parse-file.ts";
import type { Period } from "./period.ts";
import { recordDiff } from "./plan-events.ts";
import type { FileReceipt } from "./receipt.ts";
import { replay } from "./record-state.ts";
import { streamKeyOf, streamOf } from "./store-delivery.ts";

/** Progress is reported every this many rows, and at the end. */
const progressEvery = 5_000;

/** Thrown inside the COPY when a row turns out to be refused: the transaction is undone. */
class RefusedWhileStoring extends Error {
  constructor(readonly issues: Issue[]) {
    super("refused while storing");
  }
}

export interface StreamOptions {
  /** Called with (records done, records in all) every 5,000 rows and at the end. */
  onProgress?: ((done: number, total: number) => void) | undefined;
  /** Called once every row is with the database, before it has stored them and committed. */
  onRowsSent?: (() => void) | undefined;
  /**
   * Validates the delivery whole and stores it, in the same transaction: for a delivery that
   * cannot be stored while read (known before, or one of its events stored already).
   */
  whole: (session: Session) => Promise<FileReceipt>;
}

/**
 * Stores a prepared delivery of a period kind while its rows are validated: under the lock of
 * its stream it reads what is known, then checks, diffs and sends each row in one COPY, so the
 * database stores one part while the next is checked and no record outlives its row. A problem
 * in any row stops the sending; the rows after it are still checked, so the refusal lists every
 * problem, and the transaction is undone: nothing is stored. A delivery known before, or with
 * one of its events stored already, is stored by `whole` instead, still under the lock: a next
 * file of the stream, started once the rows were sent, cannot come in between.
 */
export async function streamDelivery(
  store: Store,
  prepared: PreparedDelivery & { periode: Period },
  options: StreamOptions,
): Promise<FileReceipt> {
  const { onProgress, onRowsSent } = options;
  const deliveryId = deliveryIdOf(prepared);
  const stream = streamOf(prepared);
  const validator = validatorFor(prepared);
  let records = 0;
  const outcome = await store
    .withTransaction(async (session) => {
      await lockStream(session, streamKeyOf(stream));
      // The receipt of a known delivery counts its records: that takes the whole parse.
      if (await deliveryKnown(session, deliveryId)) return { whole: await options.whole(session) };
      const differ = recordDiff(
        prepared,
        deliveryId,
        replay(await readStreamVersions(session, stream)),
        undefined,
      );
      const delivered = new Set<string>();
      function* events(): Generator<PlannedEvent> {
        let refused = prepared.issues.some(isError);
        let issuesSeen = 0;
        let index = 0;
        for (const row of prepared.rows) {
          if (index > 0 && index % progressEvery === 0) onProgress?.(index, prepared.rowCount);
          index++;
          const record = validator.check(row);
          for (; issuesSeen < validator.issues.length; issuesSeen++) {
            refused ||= isError(validator.issues[issuesSeen] as Issue);
          }
          if (!record) continue;
          records++;
          delivered.add(record.recordId);
          if (refused) continue;
          const event = differ.next(record.recordId, record);
          if (event) yield event;
        }
        onProgress?.(index, index);
        if (refused)
          throw new RefusedWhileStoring(refusalOf([...prepared.issues, ...validator.issues]));
        yield* differ.withdrawals(delivered);
        onRowsSent?.();
      }
      if (!(await copyEvents(session, events()))) return { whole: await options.whole(session) };
      const counts = differ.counts;
      await recordDelivery(session, {
        deliveryId,
        fileName: prepared.fileName,
        sha256: prepared.sha256,
        organisatie: stream.organisatie,
        soort: stream.soort,
        periode: prepared.periode.code,
        peildatum: null,
        format: prepared.format,
        recordCount: records,
        ...counts,
        warnings: prepared.issues.length + validator.issues.length,
      });
      return { counts };
    })
    .catch((error: unknown) => {
      if (error instanceof RefusedWhileStoring) return error;
      throw error;
    });
  if (outcome instanceof RefusedWhileStoring) {
    return { ...emptyReceipt(prepared.fileName), status: "refused", issues: outcome.issues };
  }
  if ("whole" in outcome) return outcome.whole;
  const { counts } = outcome;
  return {
    ...emptyReceipt(prepared.fileName),
    organisatie: prepared.organisatie.code,
    soort: prepared.spec.soort,
    periode: prepared.periode.code,
    ...counts,
    status: "accepted",
    records,
    events: counts.added + counts.corrected + counts.withdrawn,
    warnings: [...prepared.issues, ...validator.issues],
  };
}
