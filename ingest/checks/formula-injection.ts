// A number in Dutch or English notation, signed or not: 5, -5, +3, -1.234,5, -1,234.5, -0,5.
const number =
  /^[+-]?(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?|[.,]\d+)$/;

/** Whether a text would start a formula in a spreadsheet (=, +, -, @, tab, carriage return) and is not a number. */
export function isFormulaInjection(value: string): boolean {
  return /^[=+\-@\t\r]/.test(value) && !number.test(value);
}
