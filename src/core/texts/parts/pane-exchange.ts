/** The Their view tab's texts (questionnaire and import): only views/ExchangeView.tsx imports this part, so they load with that view. */
import { textPart } from "../index";
import { paneExchange } from "../en/pane-exchange";

export const paneExchangeTexts = textPart("paneExchange", paneExchange);
