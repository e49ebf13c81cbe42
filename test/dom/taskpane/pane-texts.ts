/**
 * The pane's texts in the active language under the names the views had before the pane's part was
 * split per view (`t.scoreView`, `t.recommendView`, …), for the pseudo-locale tests (jsdom and Chromium).
 */
import { paneTexts } from "../../../src/core/texts/parts/pane";
import { paneAboutTexts } from "../../../src/core/texts/parts/pane-about";
import { paneExchangeTexts } from "../../../src/core/texts/parts/pane-exchange";
import { panePortfolioTexts } from "../../../src/core/texts/parts/pane-portfolio";
import { panePrinciplesTexts } from "../../../src/core/texts/parts/pane-principles";
import { paneRespondentsTexts } from "../../../src/core/texts/parts/pane-respondents";
import { paneResultsTexts } from "../../../src/core/texts/parts/pane-results";
import { paneRoadmapTexts } from "../../../src/core/texts/parts/pane-roadmap";
import { paneScoreTexts } from "../../../src/core/texts/parts/pane-score";
import { paneUpgradeTexts } from "../../../src/core/texts/parts/pane-upgrade";

export function allPaneTexts() {
  return {
    ...paneTexts(),
    scoreView: paneScoreTexts(),
    exchangeView: paneExchangeTexts(),
    recommendView: paneResultsTexts(),
    roadmapView: paneRoadmapTexts(),
    respondentsView: paneRespondentsTexts(),
    principlesView: panePrinciplesTexts(),
    portfolioView: panePortfolioTexts(),
    aboutView: paneAboutTexts(),
    upgrade: paneUpgradeTexts(),
  };
}
