import fc from "fast-check";
import iconv from "iconv-lite";
import { kinds } from "../../../ingest/kinds/registry.ts";
import { organisations } from "../../../ingest/organisations.ts";

/** A delivery as the parser sees it: a file name and its bytes. */
export interface HostileFile {
  fileName: string;
  bytes: Uint8Array;
}

const codeLikeWords = ["mma", "politie", "drugs", "hennep", "ja", "nee", "j", "n", "GM0034", "12"];
const junkWords = ["", " ", "x", "__proto__", "constructor", "toString", "NULL", "∅", "😀", "é"];

/** Text that tends to break CSV: quotes, delimiters, line breaks, formulas, accents, emoji. */
const nastyText = fc.string({
  unit: fc.constantFrom(...'ab1 ;,\t"\r\n=+-@é€’😀\u0000\u00a0\u2028\ufeff'),
  maxLength: 12,
});

const dateText = fc.oneof(
  fc
    .date({ min: new Date("1990-01-01"), max: new Date("2030-12-31"), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  fc
    .tuple(
      fc.integer({ min: 0, max: 35 }),
      fc.integer({ min: 0, max: 14 }),
      fc.integer({ min: 1990, max: 2030 }),
    )
    .map(([d, m, y]) => `${d}-${m}-${y}`),
  fc.constantFrom("2025-07-01", "01-07-2025", "1/7/2025", "2025/07/01", "07-01-25", "1 juli 2025"),
);

/** One cell's text: mostly plausible values of the kinds' columns, sometimes junk. */
export const cellText = fc.oneof(
  { weight: 3, arbitrary: dateText },
  { weight: 3, arbitrary: fc.constantFrom(...codeLikeWords) },
  { weight: 2, arbitrary: fc.integer({ min: -5, max: 100_000 }).map(String) },
  { weight: 2, arbitrary: nastyText },
  { weight: 1, arbitrary: fc.constantFrom(...junkWords) },
  { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
);

const kindArbitrary = fc.constantFrom(...kinds);

/** A file name in the delivery pattern, with a known or unknown organisation, kind and period. */
export const deliveryName = fc
  .tuple(
    fc.oneof(
      fc.constantFrom(...organisations.map((o) => o.code)),
      fc.constantFrom("GM9999", "", "x"),
    ),
    fc.oneof(fc.constantFrom(...kinds.map((k) => k.soort)), fc.constantFrom("meldingen", "")),
    fc.constantFrom("2025-Q3", "2025-Q1", "2025Q4", "2026-K1", "2025-Q5", "2031-Q1", "x"),
    fc.constantFrom(".csv", ".CSV", ".txt", ".tsv", ".json", ""),
  )
  .map(([org, soort, period, extension]) => `${org}_${soort}_${period}${extension}`);

function quoteCell(text: string, delimiter: string, quote: boolean): string {
  const needs = quote || /["\r\n]/.test(text) || text.includes(delimiter);
  // Sometimes left unquoted on purpose: an unescaped quote or delimiter is what partners get wrong.
  return needs && quote ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A CSV delivery of random shape: one of the kinds' real columns in random case and order mixed
 * with junk names, random rows of random cells, a random delimiter, quoting, line ending, BOM
 * and encoding.
 */
export const csvDelivery: fc.Arbitrary<HostileFile> = kindArbitrary.chain((spec) =>
  fc
    .record({
      organisatie: fc.constantFrom(...organisations.map((o) => o.code)),
      period: fc.constantFrom("2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1"),
      // Usually the required columns and some others, shuffled, sometimes with junk names among them.
      header: fc
        .tuple(
          fc.shuffledSubarray([...spec.columns], { minLength: spec.required.length }),
          fc.boolean(),
          fc.array(
            fc.oneof(
              fc.constantFrom(...junkWords, "Datum Ontvangen", "signaal-id"),
              fc.constantFrom(...spec.columns),
              nastyText,
            ),
            { maxLength: 3 },
          ),
        )
        .map(([real, complete, junk]) => {
          const columns = complete ? [...new Set([...spec.required, ...real])] : real;
          return [...columns, ...junk];
        })
        .chain((columns) => fc.shuffledSubarray(columns, { minLength: columns.length })),
      upper: fc.boolean(),
      rows: fc.array(fc.array(fc.tuple(cellText, fc.boolean()), { maxLength: 12 }), {
        maxLength: 6,
      }),
      delimiter: fc.constantFrom(";", ",", "\t", "|"),
      lineEnd: fc.constantFrom("\n", "\r\n", "\r"),
      bom: fc.boolean(),
      encoding: fc.constantFrom("utf-8", "windows-1252"),
      trailingBreak: fc.boolean(),
      otherName: fc.option(deliveryName, { freq: 4 }),
    })
    .map((shape) => {
      const head = shape.header.map((name) => (shape.upper ? name.toUpperCase() : name));
      const lines = [
        head.map((name) => quoteCell(name, shape.delimiter, false)).join(shape.delimiter),
        ...shape.rows.map((row) =>
          row.map(([text, quote]) => quoteCell(text, shape.delimiter, quote)).join(shape.delimiter),
        ),
      ];
      const text = lines.join(shape.lineEnd) + (shape.trailingBreak ? shape.lineEnd : "");
      const body =
        shape.encoding === "utf-8" ? Buffer.from(text, "utf-8") : iconv.encode(text, "win1252");
      const bytes = shape.bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body;
      const fileName = shape.otherName ?? `${shape.organisatie}_${spec.soort}_${shape.period}.csv`;
      return { fileName, bytes: new Uint8Array(bytes) };
    }),
);

// A JSON value of at most `depth` levels, keys drawn from the kinds' columns, junk and the
// keys that reach a prototype.
const keyArbitrary = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...new Set(kinds.flatMap((k) => k.columns))) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      "__proto__",
      "constructor",
      "prototype",
      " Constructor ",
      "__PROTO__",
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
);
const scalar = fc.oneof(cellText, fc.integer(), fc.double(), fc.boolean(), fc.constant(null));
const { value: jsonTree } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    scalar,
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(keyArbitrary, tie("value"), { maxKeys: 5 }),
  ),
}));

/** A JSON delivery: mostly the delivery shape with random records, sometimes any JSON value. */
export const jsonDelivery: fc.Arbitrary<HostileFile> = fc
  .tuple(
    fc.oneof(
      {
        weight: 3,
        arbitrary: fc.record(
          {
            organisatie: fc.oneof(fc.constantFrom(...organisations.map((o) => o.code)), scalar),
            soort: fc.oneof(fc.constantFrom(...kinds.map((k) => k.soort)), scalar),
            periode: fc.oneof(fc.constantFrom("2025-Q3", "2025-Q2"), scalar),
            peildatum: fc.oneof(dateText, scalar),
            records: fc.oneof(
              fc.array(fc.dictionary(keyArbitrary, fc.oneof(scalar, jsonTree), { maxKeys: 10 }), {
                maxLength: 5,
              }),
              jsonTree,
            ),
          },
          { requiredKeys: ["records"] },
        ),
      },
      { weight: 1, arbitrary: jsonTree },
      { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 6 }) },
    ),
    fc.constantFrom("levering.json", "GM0034_signalen_2025-Q3.json", "levering"),
    fc.boolean(),
    fc.integer({ min: 0, max: 2 }),
  )
  .map(([value, fileName, bom, indent]) => {
    const text = JSON.stringify(value, null, indent) ?? "null";
    const bytes = Buffer.from(bom ? `\ufeff${text}` : text, "utf-8");
    return { fileName, bytes: new Uint8Array(bytes) };
  });

/** A deeply nested JSON text (`[[[…]]]` or `{"a":{"a":…}}`), built as text: no object that deep is made here. */
export const deepJson = fc
  .tuple(fc.integer({ min: 1_000, max: 200_000 }), fc.boolean())
  .map(([depth, objects]) => {
    const open = objects ? '{"a":' : "[";
    const close = objects ? "}" : "]";
    const text = `{"organisatie":"GM0034","soort":"signalen","periode":"2025-Q3","records":[${open.repeat(depth)}1${close.repeat(depth)}]}`;
    return { fileName: "diep.json", bytes: new Uint8Array(Buffer.from(text)) };
  });
