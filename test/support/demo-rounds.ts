/** The demo assessment with two respondents and one closed round (tests of the round sheets). */
import { ITEM_SET_VERSION } from "../../src/core/method";
import { roundRecord, type Respondent, type RoundRecord } from "../../src/core/rounds";
import { demoAssessment } from "../../src/core/workbook/demo";

export function demoRounds(): {
  demo: ReturnType<typeof demoAssessment>;
  respondents: Respondent[];
  history: RoundRecord[];
} {
  const demo = demoAssessment();
  return {
    demo,
    respondents: [
      { name: "Ann", side: "us", answers: demo.answers.us },
      { name: "Cas", side: "them", answers: demo.answers.them },
    ],
    history: [
      roundRecord({
        date: "2025-09-01",
        itemSetVersion: ITEM_SET_VERSION,
        us: demo.assessed.profile.us,
        them: demo.assessed.profile.them,
        respondents: { us: 1, them: 1 },
        recommendation: demo.recommendation,
      }),
    ],
  };
}
