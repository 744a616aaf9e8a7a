import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDelivery } from "../../../ingest/parse-delivery.ts";
import {
  csvDelivery,
  deepJson,
  deliveryName,
  type HostileFile,
  jsonDelivery,
} from "./delivery-arbitraries.ts";
import { expectWellFormed } from "./expect-well-formed.ts";
import { propertySettings, propertyTimeout } from "./property-settings.ts";

const today = "2026-11-28";
// Generous: a parse of these small files takes milliseconds, so only a runaway regex or loop
// on a busy machine comes near it.
const maxMillisPerCall = 2_000;

/** Parses one hostile file, asserting that it neither throws nor dawdles, and its result is well-formed. */
function parseWithin(file: HostileFile) {
  const input = { ...file, today };
  const started = performance.now();
  const result = parseDelivery(input);
  expect(performance.now() - started).toBeLessThan(maxMillisPerCall);
  expectWellFormed(result, input);
  return result;
}

describe("parseDelivery(file) on hostile input", () => {
  it(
    "accepts or refuses random bytes under any file name, never throwing",
    () => {
      const bytes = fc.oneof(
        fc.uint8Array({ maxLength: 2_000 }),
        // Mostly text with a few odd bytes: gets past the first checks more often than pure noise.
        fc
          .array(
            fc.oneof(
              fc.constantFrom(0x3b, 0x0a, 0x0d, 0x22, 0x61, 0x31),
              fc.integer({ min: 0, max: 255 }),
            ),
            {
              maxLength: 2_000,
            },
          )
          .map((list) => Uint8Array.from(list)),
      );
      fc.assert(
        fc.property(deliveryName, bytes, (fileName, content) => {
          parseWithin({ fileName, bytes: content });
        }),
        propertySettings(300),
      );
    },
    propertyTimeout,
  );

  it(
    "accepts or refuses CSV of random shape: columns, cells, delimiters, quotes, CRLF, BOM, encoding",
    () => {
      let accepted = 0;
      fc.assert(
        fc.property(csvDelivery, (file) => {
          if (parseWithin(file).ok) accepted++;
        }),
        propertySettings(400),
      );
      // The generator reaches the validators, not only the reader: some files get through whole.
      expect(accepted).toBeGreaterThan(0);
    },
    propertyTimeout,
  );

  it(
    "accepts or refuses random JSON, __proto__ and constructor keys included, never polluting a prototype",
    () => {
      fc.assert(
        fc.property(jsonDelivery, (file) => {
          parseWithin(file);
          expect(({} as Record<string, unknown>).a).toBeUndefined();
          expect(Object.getPrototypeOf({})).toBe(Object.prototype);
        }),
        propertySettings(400),
      );
    },
    propertyTimeout,
  );

  it(
    "refuses JSON nested thousands of levels deep with an issue, not a stack overflow",
    () => {
      fc.assert(
        fc.property(deepJson, (file) => {
          const result = parseWithin(file);
          expect(result.ok).toBe(false);
        }),
        propertySettings(10),
      );
    },
    propertyTimeout,
  );
});
