import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { passesElfproef } from "../../../ingest/checks/elfproef.ts";
import { findPersonalData, maskPersonalData } from "../../../ingest/checks/personal-data.ts";

// Elfproef sums computed by hand (9·d1 + 8·d2 + … + 2·d8 − d9):
// 111222333: 9+8+7+12+10+8+9+6 = 69, −3 = 66 = 6·11
// 123456782: 9+16+21+24+25+24+21+16−2 = 154 = 14·11
// 987654329: 81+64+49+36+25+16+9+4−9 = 275 = 25·11
// 999999990: 9·44−0 = 396 = 36·11
// 123456789: 156−9 = 147, not a multiple of 11
// 111222334: 69−4 = 65 (the first eight weigh 69, as above), not a multiple of 11
describe("passesElfproef(digits)", () => {
  it.each(["111222333", "123456782", "987654329", "999999990"])("accepts %s", (digits) => {
    expect(passesElfproef(digits)).toBe(true);
  });

  it.each(["123456789", "111222334", "000000000", "12345678", "1234567820", "12345678a"])(
    "rejects %s",
    (digits) => {
      expect(passesElfproef(digits)).toBe(false);
    },
  );
});

describe("findPersonalData(value)", () => {
  it.each([
    "111222333",
    "123456782",
    "987654329",
    "BSN 123456782 gemeld",
    "bsn: 123456782.",
    "123.456.782",
    "123 456 782",
    "1234.56.782",
    "melder (999999990) belde",
  ])("finds a BSN in %j", (value) => {
    expect(findPersonalData(value)).toBe("bsn");
  });

  it.each([
    ["123456789", "nine digits failing the elfproef"],
    ["000000000", "all zeros"],
    ["1123456782", "a valid nine-digit run inside ten digits"],
    ["1234567820", "ten digits starting with a valid run"],
    ["0,123456782", "the fraction of a decimal number"],
    ["123.456.782,00", "an amount with cents"],
    ["€ 123.456.782", "an amount in euros"],
    ["2025-123456782", "the sequence part of a hyphenated reference"],
    ["123-456-782", "hyphen groups, not a usual BSN notation"],
  ])("does not take %j for a BSN (%s)", (value) => {
    expect(findPersonalData(value)).toBeUndefined();
  });

  it.each([
    "j.jansen@almere.nl",
    "Mail: p.de-vries+loo@politie.nl.",
    "ANNE@GEMEENTE-URK.NL",
    "contact via meldpunt@riec-mn.nl of bellen",
  ])("finds an e-mail address in %j", (value) => {
    expect(findPersonalData(value)).toBe("email");
  });

  it.each(["@cmd", "info@gemeente", "a @ b.nl", "team@", "prijs 5@10"])(
    "does not take %j for an e-mail address",
    (value) => {
      expect(findPersonalData(value)).toBeUndefined();
    },
  );

  it.each([
    "06-12345678",
    "06 1234 5678",
    "06 12 34 56 78",
    "0612345678",
    "+31 6 12345678",
    "+31612345678",
    "+31 (0)6-12345678",
    "0031612345678",
    "0031 6 12345678",
    "020-1234567",
    "020 123 4567",
    "+31 20 1234567",
    "(020) 1234567",
    "(0320) 123456",
    "0320-123456",
    "0320 12 34 56",
    "bel tel:06-12345678 na 17 uur",
  ])("finds a phone number in %j", (value) => {
    expect(findPersonalData(value)).toBe("telefoon");
  });

  it.each([
    ["01-01-2025", "a date dd-mm-jjjj"],
    ["2025-01-01", "an ISO date"],
    ["06-05-2025", "a date that starts like a mobile number"],
    ["06-05-2025 12:30", "a date and time"],
    ["1-7-2025", "a short date"],
    ["SIG-2025-000123", "a signal reference"],
    ["DOS-GM0034-2025-0042", "a dossier reference"],
    ["SIG-GM0303-2025-01", "a reference with a gemeente code"],
    ["1315 AB", "a postcode"],
    ["€ 1.234,50", "an amount"],
    ["12", "a count"],
    ["4.500", "a count with a thousands dot"],
    ["0800-1234", "a short service number"],
    ["06-1234567", "one digit too few"],
    ["061234567890", "too many digits"],
  ])("does not take %j for a phone number (%s)", (value) => {
    expect(findPersonalData(value)).toBeUndefined();
  });

  it("reports the kind that comes first in the value", () => {
    expect(findPersonalData("mail a@b.nl of bel 06-12345678")).toBe("email");
    expect(findPersonalData("bel 06-12345678 of mail a@b.nl")).toBe("telefoon");
  });

  it("finds personal data exactly where the full search does: the quick pre-check only skips values without any", () => {
    // maskPersonalData runs the full search without the pre-check; it changes a value only where
    // it finds something. Values are built from digits and the separators the forms allow.
    const piece = fc.constantFrom(
      ..."0123456789".split(""),
      "0",
      "06",
      "+31",
      "0031",
      "(0)",
      "(020)",
      " ",
      "-",
      ".",
      ",",
      "/",
      "€",
      "SIG",
      "a",
    );
    const value = fc.array(piece, { maxLength: 24 }).map((pieces) => pieces.join(""));
    fc.assert(
      fc.property(value, (text) => {
        expect(findPersonalData(text) !== undefined).toBe(maskPersonalData(text) !== text);
      }),
      { numRuns: 20_000, seed: 20261129 },
    );
    expect(findPersonalData("SIG-POLITIE-FL-2026-00001")).toBeUndefined();
  });

  it("stays fast on a long value without any address", () => {
    const started = performance.now();
    expect(findPersonalData(`${"a".repeat(200_000)}@${"b".repeat(200_000)}`)).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe("maskPersonalData(value)", () => {
  it("replaces a BSN so that it no longer appears", () => {
    expect(maskPersonalData("123456782")).toBe("[BSN verwijderd]");
    expect(maskPersonalData("bsn 123.456.782 bekend")).toBe("bsn [BSN verwijderd] bekend");
  });

  it("replaces every e-mail address and phone number and keeps the rest", () => {
    expect(maskPersonalData("tel:06-12345678 of mail j.jansen@almere.nl")).toBe(
      "tel:[telefoonnummer verwijderd] of mail [e-mailadres verwijderd]",
    );
  });

  it("leaves a value without personal data unchanged", () => {
    expect(maskPersonalData("SIG-2025-000123 op 01-01-2025")).toBe("SIG-2025-000123 op 01-01-2025");
  });
});
