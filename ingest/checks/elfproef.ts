/** Whether nine digits pass the BSN elfproef: 9·d1 + 8·d2 + … + 2·d8 − d9 is a multiple of 11, and not all zeros. */
export function passesElfproef(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || digits === "000000000") return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * Number(digits[i]);
  sum -= Number(digits[8]);
  return sum % 11 === 0;
}
