import type { Random } from "./random-source.ts";
import type { SampleKind, SampleRecord } from "./sample-record.ts";

// Fixed positions keep a re-delivery predictable: the same records are doubled or corrected
// however large the file is.
const doublePositions = [1, 6, 12, 20];
const correctionPositions = [0, 2, 5, 9, 14];

/** The records with a few of them entered twice under a suffixed key, as a partner's slip. */
export function* withDoubles(
  kind: SampleKind,
  records: Iterable<SampleRecord>,
  count: number,
): Iterable<SampleRecord> {
  const positions = new Set(doublePositions.slice(0, count));
  let index = 0;
  for (const record of records) {
    yield record;
    if (positions.has(index++))
      yield { ...record, [kind.keyColumn]: `${String(record[kind.keyColumn])}-B` };
  }
}

/** The records with a few of them corrected, as a re-delivery brings them. */
export function* withCorrections(
  kind: SampleKind,
  records: Iterable<SampleRecord>,
  count: number,
  random: Random,
): Iterable<SampleRecord> {
  const positions = new Set(correctionPositions.slice(0, count));
  let index = 0;
  for (const record of records)
    yield positions.has(index++) ? kind.correct(record, random) : record;
}
