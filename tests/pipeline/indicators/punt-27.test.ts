import { describe } from "vitest";
import { milestoneCases } from "./milestone-cases.ts";

describe("ambitiepunt 27: the toolkit explosies (a milestone in the register)", () => {
  milestoneCases({
    punt: "27",
    mijlpaalNaam: "toolkit explosies",
    organisatie: "DTO-FL",
    anderPunt: "21",
    nietVoor: "GM0034",
  });
});
