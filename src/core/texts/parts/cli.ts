/** The command line's help, messages and errors: only the CLI imports this part, so the pane's bundle never carries them. */
import { textPart } from "../index";
import { cli } from "../en/command-line";

export const cliTexts = textPart("cli", cli);
