import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalJson, contentUuid } from "../../ingest/content-hash.ts";

/** The definition: JSON.stringify with every object's keys re-inserted in sorted order. */
function reference(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => {
    if (inner === null || typeof inner !== "object" || Array.isArray(inner)) return inner;
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(inner).sort())
      sorted[key] = (inner as Record<string, unknown>)[key];
    return sorted;
  });
}

describe("canonicalJson", () => {
  it("sorts keys at every depth and writes the text JSON.stringify writes", () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: null, e: "x" }], c: true } })).toBe(
      '{"a":{"c":true,"d":[2,{"e":"x","f":null}]},"b":1}',
    );
  });

  it("lists integer-like keys first, by number, as JavaScript objects do", () => {
    // {"10", "9", "a"} sorted as strings is 10, 9, a; an object re-orders them to 9, 10, a.
    expect(canonicalJson({ a: 1, 10: 2, 9: 3 })).toBe('{"9":3,"10":2,"a":1}');
    expect(canonicalJson({ "01": 1, 1: 2 })).toBe('{"1":2,"01":1}');
  });

  it("leaves out undefined members and writes undefined array items as null", () => {
    expect(canonicalJson({ a: undefined, b: [undefined, 1] })).toBe('{"b":[null,1]}');
    // Also where the keys come out of order and the rest of the record is plain values.
    expect(canonicalJson({ c: "x", a: undefined, b: 1, d: () => 1 })).toBe('{"b":1,"c":"x"}');
  });

  it("equals the definition on 2,000 random JSON values", () => {
    // No "__proto__" key: the definition's plain-object copy would turn it into a prototype
    // (payloads never carry one: the readers refuse it).
    const keys = fc
      .oneof(fc.string(), fc.nat().map(String), fc.constantFrom("01", "4294967295"))
      .filter((key) => key !== "__proto__");
    const json = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: "small" },
        fc.jsonValue({ maxDepth: 1 }),
        fc.array(tie("value"), { maxLength: 4 }),
        fc.dictionary(keys, tie("value"), { maxKeys: 5 }),
      ),
    })).value;
    fc.assert(
      fc.property(json, (value) => {
        expect(canonicalJson(value)).toBe(reference(value));
      }),
      { numRuns: 2_000, seed: 20261129 },
    );
  });

  it("equals the definition on runs of flat records sharing their keys, in any order", () => {
    // A delivery's payloads: the same keys row after row (the order of their sorting is reused),
    // now and then in another order or with another key; values JSON primitives or lists of them.
    const primitive = fc.oneof(fc.string(), fc.double(), fc.boolean(), fc.constant(null));
    const value = fc.oneof(primitive, fc.array(primitive, { maxLength: 3 }));
    const keys = fc.uniqueArray(
      fc.string().filter((key) => key !== "__proto__"),
      { minLength: 1, maxLength: 6 },
    );
    const records = keys.chain((shared) =>
      fc.array(
        fc.tuple(
          fc.shuffledSubarray(shared, { minLength: shared.length }),
          fc.array(value, {
            minLength: shared.length,
            maxLength: shared.length,
          }),
        ),
        { minLength: 1, maxLength: 8 },
      ),
    );
    fc.assert(
      fc.property(records, (rows) => {
        for (const [order, values] of rows) {
          const record = Object.fromEntries(order.map((key, i) => [key, values[i]]));
          expect(canonicalJson(record)).toBe(reference(record));
        }
      }),
      { numRuns: 2_000, seed: 20261129 },
    );
  });
});

describe("contentUuid", () => {
  it("is a version-8 UUID that changes with any part and tells null from empty", () => {
    const id = contentUuid("RecordDelivered", "GM0034", null);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(contentUuid("RecordDelivered", "GM0034", null)).toBe(id);
    expect(contentUuid("RecordDelivered", "GM0034", "")).not.toBe(id);
    expect(contentUuid("RecordDelivered", "GM0303", null)).not.toBe(id);
  });
});
