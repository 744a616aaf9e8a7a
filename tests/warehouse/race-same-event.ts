import { type AppendReceipt, appendEvents, type NewEvent } from "../../warehouse/append-events.ts";
import type { Store } from "../../warehouse/open-store.ts";

/**
 * Appends one event from two transactions at once: the first appends it and keeps its transaction
 * open while the second appends the same event, then the first commits. Resolves to both receipts.
 */
export async function raceSameEvent(
  first: Store,
  second: Store,
  event: NewEvent,
): Promise<[AppendReceipt, AppendReceipt]> {
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  let appended = () => {};
  const firstAppended = new Promise<void>((resolve) => {
    appended = resolve;
  });
  const one = first.withTransaction(async (s) => {
    const receipt = await appendEvents(s, [event]);
    appended();
    await held;
    return receipt;
  });
  await firstAppended;
  const two = second.withTransaction((s) => appendEvents(s, [event]));
  setTimeout(release, 300);
  return [await one, await two];
}
