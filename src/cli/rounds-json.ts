/**
 * What `recommend FILE.xlsx --json` adds for respondents and rounds (issue 13):
 * `respondents: { us: [names], them: [names] }` and `history: [{ date, targetModel, ... }]`, oldest first.
 */
import type ExcelJS from "exceljs";
import { sideRespondents } from "../core/rounds/respondents";
import { phaseStatus } from "../core/rounds/history";
import type { ModelId, RoadmapRow } from "../core/method/types";
import { formatProblem } from "../core/workbook/readback";
import { readHistory, readRespondents } from "../xlsx/rounds";
import { CliError } from "./cli-error";

export function roundsJson(
  wb: ExcelJS.Workbook,
  file: string,
  /** The open round's start model and roadmap: the phases' status against the rounds. */
  open?: { startModel: ModelId; roadmap: readonly RoadmapRow[] }
): Record<string, unknown> {
  const { respondents, problems } = readRespondents(wb);
  const hist = readHistory(wb);
  const bad = [...problems, ...hist.problems];
  if (bad.length) throw new CliError(`${file}: ${formatProblem(bad[0])}`);
  return {
    respondents: {
      us: sideRespondents(respondents, "us").map((r) => r.name),
      them: sideRespondents(respondents, "them").map((r) => r.name),
    },
    history: hist.history.map((h) => ({
      date: h.date,
      itemSetVersion: h.itemSetVersion,
      targetModel: h.targetModel,
      startModel: h.startModel,
      trustGap: h.trustGap,
      powerRegime: h.powerRegime,
      respondents: h.respondents,
      us: h.us,
      them: h.them,
    })),
    ...(open && {
      roadmapStatus: phaseStatus(open.roadmap, [...hist.history, { startModel: open.startModel }]),
    }),
  };
}
