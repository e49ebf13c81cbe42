/**
 * The Excel API requirement sets the pane relies on, derived from the adapters' ledger
 * (src/excel/api-ledger.ts). Checked once at start-up so an Excel that is too old gets a plain
 * message instead of failing half-way through writing sheets.
 */
import { paneTexts } from "../core/texts/parts/pane";
import { requiredSets, versionKey, type RequirementNeed } from "../excel/api-ledger";

export type { RequirementNeed };

export const EXCEL_REQUIREMENTS: readonly RequirementNeed[] = requiredSets();

export type IsSetSupported = (name: string, minVersion?: string) => boolean;

/** The needs this host does not meet, lowest version first. */
export function unmetRequirements(isSetSupported: IsSetSupported): RequirementNeed[] {
  return EXCEL_REQUIREMENTS.filter((need) => !isSetSupported(need.set, need.version));
}

export function describeUnmet(unmet: readonly RequirementNeed[]): string {
  const highest = unmet.reduce(
    (max, need) => (versionKey(need.version) > versionKey(max) ? need.version : max),
    "1.1"
  );
  const t = paneTexts().requirements;
  const features = unmet.map((need) => t.feature(need.feature, need.set, need.version)).join(", ");
  return t.unmet(features, highest);
}
