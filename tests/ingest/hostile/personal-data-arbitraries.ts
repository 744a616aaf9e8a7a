import fc from "fast-check";

/** Nine digits that pass the elfproef: the ninth makes 9·d1 + … + 2·d8 − d9 a multiple of 11. */
export const bsnArbitrary = fc
  .array(fc.integer({ min: 0, max: 9 }), { minLength: 8, maxLength: 8 })
  .map((digits) => {
    const sum = digits.reduce((total, digit, index) => total + (9 - index) * digit, 0);
    return [...digits, sum % 11].join("");
  })
  // A remainder of 10 has no check digit, and nine zeros is no BSN.
  .filter((bsn) => bsn.length === 9 && bsn !== "000000000");

const letters = fc.string({
  unit: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz0123456789"),
  minLength: 1,
  maxLength: 10,
});

/** A plain address like `k3x.a9@voorbeeld.nl`. */
export const emailArbitrary = fc
  .tuple(letters, letters, letters, fc.constantFrom("nl", "com", "org", "frl"))
  .map(([name, middle, domain, tld]) => `${name}.${middle}@${domain}.${tld}`);

/** A Dutch mobile or landline number in one of the ways people write them. */
export const phoneArbitrary = fc
  .tuple(
    fc.constantFrom("06-", "06 ", "06", "+31 6 ", "+316", "0031 6 "),
    fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 8, maxLength: 8 }),
  )
  .map(([prefix, digits]) => `${prefix}${digits.join("")}`);

export interface PlantedValue {
  kind: "bsn" | "email" | "telefoon";
  value: string;
}

/** One BSN, e-mail address or phone number to plant in a delivery. */
export const plantedArbitrary: fc.Arbitrary<PlantedValue> = fc.oneof(
  bsnArbitrary.map((value) => ({ kind: "bsn" as const, value })),
  emailArbitrary.map((value) => ({ kind: "email" as const, value })),
  phoneArbitrary.map((value) => ({ kind: "telefoon" as const, value })),
);

/** The forms a planted value could leak in: as written, and its digits run together. */
export function leakForms(planted: PlantedValue): string[] {
  const digits = planted.value.replace(/\D/g, "");
  // A phone number's digits run together (0612345678) are the number too; its last eight alone as well.
  if (planted.kind === "telefoon") return [planted.value, digits.slice(-8)];
  if (planted.kind === "bsn") return [planted.value];
  return [planted.value, planted.value.toLowerCase()];
}
