/** The Portfolio view's texts: only views/PortfolioView.tsx imports this part, so they load with that view. */
import { textPart } from "../index";
import { panePortfolio } from "../en/pane-portfolio";

export const panePortfolioTexts = textPart("panePortfolio", panePortfolio);
