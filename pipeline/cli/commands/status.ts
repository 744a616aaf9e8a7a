import type { Command } from "commander";
import { countEvents } from "../../../warehouse/count-events.ts";
import { openStore } from "../../../warehouse/open-store.ts";
import { readDeliveries } from "../../../warehouse/read-deliveries.ts";
import { todayIso } from "../../config.ts";
import { summariseDeliveries } from "../../status/summarise-deliveries.ts";
import { storeOptionsFor } from "../store-options.ts";

/** `status`: deliveries per organisation × kind × period, the last one, overdue ones, event counts. */
export function registerStatus(program: Command): void {
  program
    .command("status")
    .description(
      "aanleveringen per organisatie, soort en periode; te late aanleveringen; aantal gebeurtenissen",
    )
    .option("--json", "als JSON")
    .action(async (flags: { json?: boolean }) => {
      const store = await openStore(storeOptionsFor("read"));
      try {
        const status = summariseDeliveries(
          await readDeliveries(store.db),
          await countEvents(store.db),
          todayIso(),
        );
        if (flags.json) {
          process.stdout.write(`${JSON.stringify(status, null, 2)}\n`);
          return;
        }
        process.stdout.write(
          `${status.events.toLocaleString("nl-NL")} gebeurtenissen uit ${status.deliveries} aanleveringen\n\n`,
        );
        const width = (key: "organisatie" | "soort") =>
          Math.max(key.length, ...status.streams.map((s) => s[key].length));
        const header = `${"organisatie".padEnd(width("organisatie"))}  ${"soort".padEnd(width("soort"))}  perioden  laatste aanlevering  records  correcties  intrekkingen`;
        process.stdout.write(`${header}\n`);
        for (const s of status.streams) {
          process.stdout.write(
            `${s.organisatie.padEnd(width("organisatie"))}  ${s.soort.padEnd(width("soort"))}  ${String(s.perioden.length).padStart(8)}  ${s.laatste.padEnd(19)}  ${String(s.records).padStart(7)}  ${String(s.correcties).padStart(10)}  ${String(s.intrekkingen).padStart(12)}\n`,
          );
        }
        process.stdout.write(
          `\nTe laat (niet binnen 30 dagen na het kwartaal): ${status.overdue.length}\n`,
        );
        for (const o of status.overdue)
          process.stdout.write(`  ${o.organisatie} ${o.soort} ${o.periode} (uiterlijk ${o.due})\n`);
      } finally {
        await store.close();
      }
    });
}
