/** The benchmark table as it is printed and as results.json holds it. */
export interface Row {
  benchmark: string;
  figure: string;
  value: string;
  ratio?: string;
  target?: string;
  met?: boolean;
}

export const rows: Row[] = [];
export const results: Record<string, unknown> = {};

/** Prints one row of the table and keeps it for results.json. */
export function record(row: Row): void {
  rows.push(row);
  const mark = row.met === undefined ? "" : row.met ? "  ✔" : "  ✘";
  console.log(
    `${row.benchmark.padEnd(22)} ${row.figure.padEnd(34)} ${row.value.padStart(16)} ${(row.ratio ?? "").padStart(10)} ${(row.target ?? "").padEnd(10)}${mark}`,
  );
}

export const perSecond = (n: number, s: number) => `${Math.round(n / s).toLocaleString("en")}/s`;

/** The exponent k of time ∝ n^k between two sizes: linear or better is k ≤ 1. */
export function growth(
  label: string,
  small: { n: number; s: number | undefined },
  large: { n: number; s: number | undefined },
) {
  if (small.s === undefined || large.s === undefined) {
    record({ benchmark: "growth", figure: label, value: "not measured: a build failed" });
    return;
  }
  const exponent = Math.log(large.s / small.s) / Math.log(large.n / small.n);
  results[`growth_${label.replaceAll(" ", "_")}`] = { small, large, exponent };
  record({
    benchmark: "growth",
    figure: `${label}: time ∝ n^k, ${small.n} → ${large.n}`,
    value: `k = ${exponent.toFixed(2)}`,
    target: "≤ 1.0",
    met: exponent <= 1.0,
  });
}

/** `12.3 s, 12.8 s`: each run of a measurement timed twice. */
export const runSeconds = (runs: readonly number[]) =>
  runs.map((run) => `${run.toFixed(1)} s`).join(", ");
