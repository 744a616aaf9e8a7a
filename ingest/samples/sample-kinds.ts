import { bibob } from "./bibob-records.ts";
import { controles } from "./controles-records.ts";
import { formatie } from "./formatie-records.ts";
import { maatregelen } from "./maatregelen-records.ts";
import { overleggen } from "./overleggen-records.ts";
import type { SampleKind } from "./sample-record.ts";
import { signalen } from "./signalen-records.ts";
import { tips } from "./tips-records.ts";
import { trainingen } from "./trainingen-records.ts";

/** Every export kind's sample generator, by soort. */
export const sampleKinds: ReadonlyMap<string, SampleKind> = new Map(
  [signalen, controles, bibob, tips, trainingen, overleggen, formatie, maatregelen].map((kind) => [
    kind.soort,
    kind,
  ]),
);
