/** A number as Dutch readers write it (1.234,5), or a dash when unknown. */
export function formatGetal(value: number | null, decimals = 0): string {
  if (value === null || !Number.isFinite(value)) return "–";
  return value.toLocaleString("nl-NL", {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  });
}

/** A fraction 0–1 as a Dutch percentage (48 %), or a dash when unknown. */
export function formatProcent(value: number | null): string {
  return value === null || !Number.isFinite(value) ? "–" : `${formatGetal(value * 100)} %`;
}

/** jjjj-mm-dd (or an ISO timestamp) as dd-mm-jjjj. */
export function formatDatum(iso: string | null): string {
  if (!iso) return "–";
  return `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;
}
