import { describe } from "vitest";
import { milestoneCases } from "./milestone-cases.ts";

describe("ambitiepunt 33: the study into which other departments to train (a milestone in the register)", () => {
  milestoneCases({
    punt: "33",
    mijlpaalNaam: "verkenning andere afdelingen",
    organisatie: "WS-ZZL",
    anderPunt: "34",
    nietVoor: "PV24",
  });
});
