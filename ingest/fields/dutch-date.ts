import { type FieldSchema, field } from "./field.ts";

const expected = "een datum (jjjj-mm-dd, dd-mm-jjjj, d-m-jjjj of dd/mm/jjjj)";
const isoForm = /^(\d{4})-(\d{2})-(\d{2})$/;
const dutchForm = /^(\d{1,2})([-/])(\d{1,2})\2(\d{4})$/;

/** Reads jjjj-mm-dd, dd-mm-jjjj, d-m-jjjj or dd/mm/jjjj as ISO jjjj-mm-dd; undefined for anything else or a day that does not exist. */
export function parseDutchDate(text: string): string | undefined {
  const iso = isoForm.exec(text);
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dutch = dutchForm.exec(text);
  if (dutch) return isoDate(Number(dutch[4]), Number(dutch[3]), Number(dutch[1]));
  return undefined;
}

/** A date column, output as ISO jjjj-mm-dd. */
export function dutchDate(): FieldSchema<string | null> {
  return field(expected, "invalid-date", (cell) =>
    typeof cell === "string" ? parseDutchDate(cell) : undefined,
  );
}

function isoDate(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${String(year).padStart(4, "0")}-${pad(month)}-${pad(day)}`;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}
