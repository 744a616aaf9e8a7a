/** `COPY (<query>) TO <target> (FORMAT csv)`: no header; NULL is an empty field, "" a quoted one. */
export function copyOutStatement(query: string, target: "STDOUT" | "'/dev/blob'"): string {
  return `COPY (${query}) TO ${target} (FORMAT csv)`;
}
