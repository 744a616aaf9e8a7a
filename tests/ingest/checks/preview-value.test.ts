import { describe, expect, it } from "vitest";
import { previewValue } from "../../../ingest/checks/preview-value.ts";

describe("previewValue(value, maxChars)", () => {
  it("cuts after maxChars characters with an ellipsis", () => {
    expect(previewValue("abcdefghij", 4)).toBe("abcd…");
    expect(previewValue("abcd", 4)).toBe("abcd");
  });

  it("counts characters, not UTF-16 code units", () => {
    expect(previewValue("€😀€😀", 2)).toBe("€😀…");
  });

  it("masks personal data and never shows it in full", () => {
    expect(previewValue("melder 111222333", 40)).toBe("melder [BSN verwijderd]");
    expect(previewValue("bel 06-12345678", 40)).toBe("bel [telefoonnummer verwijderd]");
  });

  it("masks an address that straddles the cut", () => {
    // "mail: " is 6 characters, so the cut at 12 falls inside the placeholder.
    expect(previewValue("mail: j.jansen@almere.nl", 12)).toBe("mail: [e-mai…");
  });

  it("marks a cut even when the masked text happens to fit", () => {
    expect(previewValue(`111222333${"x".repeat(200)}`, 20)).toBe("[BSN verwijderd]xxxx…");
  });
});
