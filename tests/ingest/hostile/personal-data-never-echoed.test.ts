import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatIssue } from "../../../ingest/format-issue.ts";
import { parseDelivery } from "../../../ingest/parse-delivery.ts";
import { leakForms, type PlantedValue, plantedArbitrary } from "./personal-data-arbitraries.ts";
import { propertySettings, propertyTimeout } from "./property-settings.ts";

const today = "2026-11-28";
const header = ["signaal_id", "datum_ontvangen", "bron", "fenomeen", "gemeente", "opvolging"];
const rows = [
  ["SIG-1", "01-07-2025", "mma", "drugs", "GM0034", "lopend"],
  ["SIG-2", "15-08-2025", "politie", "hennep", "", "bestuurlijk"],
];
// Words people put around such a value; each ends in a space, so none glues onto it.
const around = fc.constantFrom("", "bsn ", "tel: ", "mail ", "zie ");

/** Where in a CSV delivery the value goes: a cell (key fields included), a header name, a new column. */
const csvPlace = fc.oneof(
  fc.record({
    at: fc.constant("cell" as const),
    row: fc.nat(1),
    column: fc.nat(header.length - 1),
  }),
  fc.record({
    at: fc.constant("header" as const),
    row: fc.constant(0),
    column: fc.nat(header.length),
  }),
  fc.record({ at: fc.constant("new-column" as const), row: fc.nat(1), column: fc.constant(0) }),
);

function plantInCsv(
  text: string,
  place: { at: "cell" | "header" | "new-column"; row: number; column: number },
  delimiter: string,
): Uint8Array {
  const head = [...header];
  const body = rows.map((row) => [...row]);
  if (place.at === "header") head.splice(place.column, place.column < head.length ? 1 : 0, text);
  else if (place.at === "new-column") {
    head.push("notitie");
    body.forEach((row, index) => {
      row.push(index === place.row ? text : "");
    });
  } else (body[place.row] as string[])[place.column] = text;
  const lines = [head, ...body].map((line) => line.join(delimiter));
  return Buffer.from(`${lines.join("\r\n")}\r\n`, "utf-8");
}

const jsonPlace = fc.oneof(
  fc.record({
    at: fc.constantFrom("value", "key", "list", "number"),
    record: fc.nat(1),
    key: fc.constantFrom(...header, "notitie"),
  }),
  fc.record({
    at: fc.constant("top"),
    record: fc.constant(0),
    key: fc.constantFrom("organisatie", "soort", "periode", "opmerking"),
  }),
);

function plantInJson(
  text: string,
  planted: PlantedValue,
  place: { at: string; record: number; key: string },
): Uint8Array {
  const records: Record<string, unknown>[] = rows.map((row) =>
    Object.fromEntries(header.map((name, index) => [name, row[index]])),
  );
  const target = records[place.record] as Record<string, unknown>;
  const root: Record<string, unknown> = {
    organisatie: "GM0034",
    soort: "signalen",
    periode: "2025-Q3",
    records,
  };
  if (place.at === "top") root[place.key] = text;
  else if (place.at === "key") target[text] = "x";
  else if (place.at === "list") target[place.key] = ["drugs", text];
  // A BSN as a JSON number: when it starts with 0 the number would lose a digit, so it stays text.
  else if (place.at === "number" && planted.kind === "bsn" && !planted.value.startsWith("0"))
    target[place.key] = Number(planted.value);
  else target[place.key] = text;
  return Buffer.from(JSON.stringify(root, null, 2), "utf-8");
}

/** Asserts a refusal that names personal data and shows none of the planted value. */
function expectRefusedWithoutEcho(fileName: string, bytes: Uint8Array, planted: PlantedValue) {
  const result = parseDelivery({ fileName, bytes, today });
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.issues.map((issue) => issue.code)).toContain("personal-data");
  const shown = [JSON.stringify(result.issues), ...result.issues.map(formatIssue)].join("\n");
  for (const form of leakForms(planted)) expect(shown).not.toContain(form);
}

describe("parseDelivery(file) with personal data planted anywhere", () => {
  it(
    "refuses a CSV file with a BSN, e-mail address or phone number in a cell, key or header, never echoing it",
    () => {
      fc.assert(
        fc.property(
          plantedArbitrary,
          around,
          csvPlace,
          fc.constantFrom(";", ",", "\t"),
          (planted, before, place, delimiter) => {
            const bytes = plantInCsv(`${before}${planted.value}`, place, delimiter);
            expectRefusedWithoutEcho("GM0034_signalen_2025-Q3.csv", bytes, planted);
          },
        ),
        propertySettings(300),
      );
    },
    propertyTimeout,
  );

  it(
    "refuses a JSON file with one in a value, a list, a key, a number or the file's own fields, never echoing it",
    () => {
      fc.assert(
        fc.property(plantedArbitrary, around, jsonPlace, (planted, before, place) => {
          const bytes = plantInJson(`${before}${planted.value}`, planted, place);
          expectRefusedWithoutEcho("levering.json", bytes, planted);
        }),
        propertySettings(300),
      );
    },
    propertyTimeout,
  );
});
