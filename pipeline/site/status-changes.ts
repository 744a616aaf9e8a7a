import type { OutputRow } from "./site-input.ts";

/** A stand that differs from the one at the end of the previous quarter. */
export interface StatusChange {
  organisatie: string;
  ambitiepunt: string;
  was: string;
  nu: string;
  toelichting: string;
}

const key = (row: OutputRow) => `${row.organisatie} ${row.ambitiepunt}`;

/** The (organisation, point) pairs whose stand changed between two builds, in the current order. */
export function statusChanges(
  current: readonly OutputRow[],
  previous: readonly OutputRow[],
): StatusChange[] {
  const before = new Map(
    previous.filter((row) => row.jaar === "stand").map((row) => [key(row), String(row.status)]),
  );
  return current
    .filter((row) => row.jaar === "stand" && row.status !== "nvt")
    .flatMap((row) => {
      const was = before.get(key(row)) ?? "geen_gegevens";
      if (was === row.status) return [];
      return [
        {
          organisatie: String(row.organisatie),
          ambitiepunt: String(row.ambitiepunt),
          was,
          nu: String(row.status),
          toelichting: String(row.toelichting ?? ""),
        },
      ];
    });
}
