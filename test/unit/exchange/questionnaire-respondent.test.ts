/** The questionnaire a respondent expects: who answered, when, by when and to whom, how it is used. */
import { buildQuestionnairePlan } from "../../../src/core/exchange/questionnaire";
import { QUESTIONNAIRE_NAMES, QUESTIONNAIRE_SHEETS } from "../../../src/core/exchange/names";

const plan = buildQuestionnairePlan({
  assessmentId: "CF-0000-1111-2222-3333",
  meta: { us: "Devices", them: "SoleChip", perspective: "customer" },
  dueDate: "2026-04-30",
  returnTo: "buyer@devices.example",
});
const instr = plan.sheets.find((s) => s.name === QUESTIONNAIRE_SHEETS.instructions)!;
const text = instr.cells.map((c) => String(c.value ?? "")).join("\n");

test("respondent cells are named, editable and start with their organisation", () => {
  const byName = new Map(plan.names.map((n) => [n.name, n.refersTo]));
  for (const name of [
    QUESTIONNAIRE_NAMES.respondentName,
    QUESTIONNAIRE_NAMES.respondentRole,
    QUESTIONNAIRE_NAMES.respondentOrg,
    QUESTIONNAIRE_NAMES.answeredOn,
  ]) {
    const ref = byName.get(name);
    expect(ref).toBeDefined();
    const cell = ref!.split("!")[1].replace(/\$/g, "");
    const write = instr.cells.find((c) => c.address === cell);
    expect({ name, unlocked: write?.style?.unlocked }).toEqual({ name, unlocked: true });
  }
  expect(["CF_RespondentName", "CF_RespondentRole", "CF_RespondentOrg"]).toEqual([
    QUESTIONNAIRE_NAMES.respondentName,
    QUESTIONNAIRE_NAMES.respondentRole,
    QUESTIONNAIRE_NAMES.respondentOrg,
  ]);
  const org = byName.get(QUESTIONNAIRE_NAMES.respondentOrg)!.split("!")[1].replace(/\$/g, "");
  expect(instr.cells.find((c) => c.address === org)?.value).toBe("SoleChip");
});

test("says by when and to whom to return it, and how the answers are used", () => {
  expect(text).toContain("return it to buyer@devices.example by 2026-04-30");
  expect(text).toMatch(/Use of your answers/);
  // No clumsy possessive of a name ending in s.
  expect(text).not.toMatch(/Devices's/);
});
