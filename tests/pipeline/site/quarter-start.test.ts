import { describe, expect, it } from "vitest";
import { quarterStart } from "../../../pipeline/site/quarter-start.ts";

describe("quarterStart(instant)", () => {
  it("gives the first day of the instant's quarter", () => {
    expect(quarterStart("2026-11-28T22:08:16.734Z")).toBe("2026-10-01");
    expect(quarterStart("2026-01-01")).toBe("2026-01-01");
    expect(quarterStart("2025-06-30T23:59:59Z")).toBe("2025-04-01");
    expect(quarterStart("2025-07-01")).toBe("2025-07-01");
  });
});
