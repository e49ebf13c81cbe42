/** Props of the Respondents view (issue 13); a .ts file for the same lint reason as props.ts. */
import type { WorkbookPort } from "../workbook-port";

export interface RespondentsViewProps {
  port: WorkbookPort;
  /** Our organisation and the other party, once the assessment exists (null before). */
  parties: { us: string; them: string } | null;
  busy: boolean;
  /** The pane's one way to run an action: busy state, progress and the error bar. */
  run(
    label: string,
    action: (progress: (message: string) => void) => Promise<void>
  ): Promise<boolean>;
  onNotice(text: string): void;
  /** The scores changed (respondents or a new round): the pane reads them again. */
  onScoresChanged(): Promise<unknown>;
}
