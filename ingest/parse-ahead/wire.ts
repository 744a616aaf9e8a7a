import type { ParsedDelivery } from "../delivery.ts";
import { findKind } from "../kinds/registry.ts";
import type { FileParse } from "../parse-file.ts";

/**
 * A FileParse as it crosses to another thread: the kind's spec holds functions, which a
 * structured clone cannot carry, so it travels by name and is looked up again on arrival.
 */
export type WireParse =
  | { ok: true; delivery: Omit<ParsedDelivery, "spec"> & { soort: string } }
  | Extract<FileParse, { ok: false }>;

export function toWire(parse: FileParse): WireParse {
  if (!parse.ok) return parse;
  const { spec, ...rest } = parse.delivery;
  return { ok: true, delivery: { ...rest, soort: spec.soort } };
}

export function fromWire(wire: WireParse): FileParse {
  if (!wire.ok) return wire;
  const { soort, ...rest } = wire.delivery;
  const spec = findKind(soort);
  if (!spec) throw new Error(`unknown kind ${soort} from the parse worker`);
  return { ok: true, delivery: { ...rest, spec } };
}
