/** The first day (jjjj-mm-dd) of the calendar quarter that contains the date of an ISO instant. */
export function quarterStart(instant: string): string {
  const year = instant.slice(0, 4);
  const month = Number(instant.slice(5, 7));
  const first = Math.floor((month - 1) / 3) * 3 + 1;
  return `${year}-${String(first).padStart(2, "0")}-01`;
}
