import { previewValue } from "./checks/preview-value.ts";
import type { IdentityOverrides } from "./delivery.ts";
import type { Issue } from "./issue.ts";
import type { KindSpec } from "./kinds/kind-spec.ts";
import { findKind } from "./kinds/registry.ts";
import { findOrganisation, type Organisation, organisations } from "./organisations.ts";
import { type Period, parsePeriod } from "./period.ts";

export interface DeclaredIdentity {
  organisatie?: string | undefined;
  soort?: string | undefined;
  periode?: string | undefined;
}

export interface Identity {
  organisatie: Organisation;
  spec: KindSpec;
  /** The declared period; snapshot kinds may leave it out (their peildatum decides). */
  periode: Period | undefined;
}

/**
 * Resolves who delivered what for which period, from the overrides first, then the file itself.
 * A value it cannot resolve is shown masked: a JSON file's fields may hold anything.
 */
export function resolveIdentity(
  file: string,
  declared: DeclaredIdentity,
  overrides: IdentityOverrides,
): { identity?: Identity; issues: Issue[] } {
  const issues: Issue[] = [];
  const orgText = overrides.organisatie ?? declared.organisatie;
  const soortText = overrides.soort ?? declared.soort;
  const periodText = overrides.periode ?? declared.periode;

  const organisatie = orgText === undefined ? undefined : findOrganisation(orgText);
  if (!organisatie) {
    issues.push({
      code: "unknown-organisation",
      severity: "error",
      file,
      ...(orgText === undefined ? {} : { value: previewValue(orgText, 40) }),
      expected: `een bekende organisatiecode in de bestandsnaam (<ORG>_<soort>_<periode>.csv) of het veld organisatie: ${organisations.map((o) => o.code).join(", ")}`,
    });
  }
  const spec = soortText === undefined ? undefined : findKind(soortText);
  if (!spec) {
    issues.push({
      code: "unknown-kind",
      severity: "error",
      file,
      ...(soortText === undefined ? {} : { value: previewValue(soortText, 40) }),
      expected:
        "een soort aanlevering: signalen, controles, bibob, tips, trainingen, formatie, maatregelen of overleggen",
    });
  }
  const periode = periodText === undefined ? undefined : parsePeriod(periodText);
  if (!periode && (periodText !== undefined || spec?.mode !== "snapshot")) {
    issues.push({
      code: "bad-period",
      severity: "error",
      file,
      ...(periodText === undefined ? {} : { value: previewValue(periodText, 40) }),
      expected: "een kwartaal als periode, bijvoorbeeld 2025-Q3 (ook 2025-K3 of 2025Q3)",
    });
  }
  if (!organisatie || !spec || issues.length > 0) return { issues };
  return { identity: { organisatie, spec, periode }, issues };
}
