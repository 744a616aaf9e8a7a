import { describe } from "vitest";
import { milestoneCases } from "./milestone-cases.ts";

describe("ambitiepunt 21: the study into a district intervention team (a milestone in the register)", () => {
  milestoneCases({
    punt: "21",
    mijlpaalNaam: "onderzoek districtelijk interventieteam",
    organisatie: "DTO-FL",
    anderPunt: "27",
    nietVoor: "GM0034",
  });
});
