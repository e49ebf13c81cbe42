/**
 * The Excel API requirement sets the pane relies on. Checked once at start-up so an Excel that is
 * too old gets a plain message instead of failing half-way through writing sheets.
 */
export interface RequirementNeed {
  feature: string;
  set: string;
  version: string;
}

export const EXCEL_REQUIREMENTS: readonly RequirementNeed[] = [
  { feature: "tables", set: "ExcelApi", version: "1.1" },
  { feature: "charts", set: "ExcelApi", version: "1.1" },
  { feature: "defined names", set: "ExcelApi", version: "1.4" },
  { feature: "conditional formats", set: "ExcelApi", version: "1.6" },
  { feature: "data validation", set: "ExcelApi", version: "1.8" },
  { feature: "opening the questionnaire as a new workbook", set: "ExcelApi", version: "1.8" },
  { feature: "sheet protection and print settings", set: "ExcelApi", version: "1.9" },
];

export type IsSetSupported = (name: string, minVersion?: string) => boolean;

/** The needs this host does not meet, in the order above. */
export function unmetRequirements(isSetSupported: IsSetSupported): RequirementNeed[] {
  return EXCEL_REQUIREMENTS.filter((need) => !isSetSupported(need.set, need.version));
}

export function describeUnmet(unmet: readonly RequirementNeed[]): string {
  const highest = unmet.reduce(
    (max, need) => (Number(need.version) > Number(max) ? need.version : max),
    "0"
  );
  const features = unmet.map((need) => `${need.feature} (${need.set} ${need.version})`).join(", ");
  return (
    `This version of Excel lacks ${features}. ` +
    `Update Office, or open the workbook in Excel on the web or a current Microsoft 365 desktop (ExcelApi ${highest} or later).`
  );
}
