import type { Command } from "commander";
import { readConfig } from "../../config.ts";
import { type Explanation, explainIndicator } from "../../indicators/explain-indicator.ts";
import { restoreBuildVariables } from "../../run-models.ts";
import { withWarehouse } from "../../warehouse-file/with-warehouse.ts";
import { CliError } from "../cli-error.ts";
import { notBuilt } from "./indicators.ts";

const shownRecords = 25;
const dutchDate = (iso: string | null | undefined) =>
  iso ? iso.slice(0, 10).split("-").reverse().join("-") : "";

/** The explanation as Dutch text: the rule, the numbers, and the deliveries and records behind them. */
export function explanationText(e: Explanation): string {
  const lines = [
    `Ambitiepunt ${e.punt.punt}: ${e.punt.tekst}`,
    `Geldt voor: ${e.punt.geldtVoor.join(", ")}`,
    `Regel: ${e.punt.regel}`,
    `Norm: ${e.punt.norm}`,
    "",
  ];
  const i = e.indicator;
  if (!i)
    return [...lines, `Geen indicator voor ${e.organisatie.naam} (voer eerst build uit).`].join(
      "\n",
    );
  const periode = e.evaluatie
    ? ` (${dutchDate(e.evaluatie.begin)} t/m ${dutchDate(e.evaluatie.einde)}, register op ${dutchDate(e.evaluatie.peildatum)})`
    : "";
  lines.push(
    `${e.organisatie.naam}, ${i.jaar}${periode}: ${i.status}${i.waarde === null ? "" : `, waarde ${String(i.waarde).replace(".", ",")}`}`,
    `Toelichting: ${i.toelichting}`,
  );
  for (const evidence of e.bewijs) {
    lines.push(
      "",
      `${evidence.soort}: ${evidence.aanleveringen.length} aanlevering(en), ${evidence.records.length} record(s)`,
    );
    for (const d of evidence.aanleveringen)
      lines.push(
        `  aanlevering ${d.bestand} (${d.periode}), ontvangen ${d.ontvangen}, sha256 ${d.sha256.slice(0, 12)}…`,
      );
    for (const r of evidence.records.slice(0, shownRecords))
      lines.push(
        `  ${r.id}  ${dutchDate(r.datum)}  ${r.omschrijving ?? ""}  [${r.bestand}${r.regel === null ? "" : `:${r.regel}`}]`,
      );
    if (evidence.records.length > shownRecords)
      lines.push(`  … en nog ${evidence.records.length - shownRecords}`);
  }
  return `${lines.join("\n")}\n`;
}

/** `explain <point> <org> [<year>]`: why that status, back to the deliveries and records. */
export function registerExplain(program: Command): void {
  program
    .command("explain")
    .description(
      "waarom een organisatie deze status heeft op een ambitiepunt: regel, cijfers, aanleveringen en records",
    )
    .argument("<punt>", "ambitiepunt, bijvoorbeeld 8 of 10A")
    .argument("<organisatie>", "organisatiecode, bijvoorbeeld GM0034")
    .argument("[jaar]", "2025, 2026 of stand", "stand")
    .action(async (punt: string, organisatie: string, jaar: string) => {
      if (!["2025", "2026", "stand"].includes(jaar))
        throw new CliError(`jaar moet 2025, 2026 of stand zijn, niet "${jaar}"`, 2);
      const explanation = await withWarehouse(readConfig().home, async (connection) => {
        if (!(await restoreBuildVariables(connection))) throw new CliError(notBuilt, 1);
        return explainIndicator(connection, punt, organisatie, jaar);
      });
      if (!explanation)
        throw new CliError(`onbekend ambitiepunt "${punt}" of organisatie "${organisatie}"`, 2);
      process.stdout.write(explanationText(explanation));
    });
}
