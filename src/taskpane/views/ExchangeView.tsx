import {
  Button,
  Card,
  Checkbox,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from "@fluentui/react-components";
import { useRef, useState, type ChangeEvent } from "react";
import { NOT_ANSWERED, type SkippedAnswer } from "../../core/exchange";
import { paneExchangeTexts } from "../../core/texts/parts/pane-exchange";
import { dimensionLabel } from "../pane-model";
import type { ExchangeOutcome } from "../pane-state";
import { formatScore } from "./RecommendView";

export interface ExchangeViewProps {
  /** The other party's name (from the cover), or null before an assessment exists. */
  them: string | null;
  busy: boolean;
  mode: "excel" | "preview";
  questionnaireId: string | null;
  exchange: ExchangeOutcome | null;
  onPrepare(opts?: { shareEvidence?: boolean }): Promise<unknown>;
  onImport(file: File): Promise<unknown>;
}

function cellOf(s: { sheet: string; cell: string }): string {
  return `${s.sheet}!${s.cell}`;
}

/** A list rather than a table: the reason is the long part, and the pane is narrow. */
function SkippedList({ rows }: { rows: SkippedAnswer[] }) {
  const t = paneExchangeTexts();
  return (
    <ul aria-label={t.skippedList}>
      {rows.map((s) => (
        <li key={`${s.column}-${cellOf(s)}`}>
          <Text weight="semibold">{cellOf(s)}</Text>{" "}
          {t.skipped(s.itemId, t.answerColumns[s.column], s.reason)}
        </li>
      ))}
    </ul>
  );
}

/**
 * The two-party exchange: a questionnaire the other party answers without seeing our view, the
 * import of what they return, and where the two views differ most (topics for a joint workshop).
 */
export function ExchangeView(props: ExchangeViewProps) {
  const fileInput = useRef<HTMLInputElement>(null);
  // Our evidence is ours: it goes into their file only when the analyst ticks this.
  const [shareEvidence, setShareEvidence] = useState(false);
  const t = paneExchangeTexts();
  const them = props.them ?? t.otherParty;
  const disabled = props.busy || props.them === null;
  const outcome = props.exchange;
  const blank = outcome?.report.skipped.filter((s) => s.reason === NOT_ANSWERED) ?? [];
  const rejected = outcome?.report.skipped.filter((s) => s.reason !== NOT_ANSWERED) ?? [];

  const picked = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Cleared so that picking the same file again (after fixing it) fires another change.
    event.target.value = "";
    if (file) void props.onImport(file);
  };

  return (
    <section aria-labelledby="exchange-heading" className="cf-stack">
      <h2 id="exchange-heading" className="cf-heading" tabIndex={-1}>
        {t.heading}
      </h2>
      <Text>{t.intro(them)}</Text>
      {props.them === null && <Text>{t.createFirst}</Text>}

      <h3 className="cf-subheading">{t.sendHeading}</h3>
      <Text size={200}>{props.mode === "excel" ? t.sendExcel : t.sendPreview}</Text>
      <Checkbox
        label={t.shareEvidence}
        checked={shareEvidence}
        onChange={(_e, data) => setShareEvidence(data.checked === true)}
        disabled={disabled}
      />
      <Button
        appearance="primary"
        onClick={() => void props.onPrepare({ shareEvidence })}
        disabled={disabled}
      >
        {t.prepare(them)}
      </Button>
      {props.questionnaireId && (
        <Text size={200}>
          {t.reference} <Text weight="semibold">{props.questionnaireId}</Text>
        </Text>
      )}

      <h3 className="cf-subheading">{t.importHeading}</h3>
      <Text size={200}>{t.importHelp}</Text>
      <input
        ref={fileInput}
        type="file"
        accept=".xlsx"
        hidden
        aria-label={t.fileInput}
        onChange={picked}
      />
      <Button onClick={() => fileInput.current?.click()} disabled={disabled}>
        {t.import}
      </Button>

      {outcome && (
        <div className="cf-stack" aria-live="polite">
          <h3 className="cf-subheading">{t.reportHeading}</h3>
          <Card className="cf-card" aria-label={t.reportHeading}>
            <Text>
              {t.reportFrom(outcome.fileName, outcome.report.assessmentId)}{" "}
              <Text weight="semibold">{t.imported(outcome.report.imported.length)}</Text>
              {t.skippedCounts(rejected.length, blank.length)}
            </Text>
            {blank.length > 0 && (
              <Text size={200}>{t.notAnswered(blank.map((s) => s.itemId).join(", "))}</Text>
            )}
          </Card>
          {rejected.length > 0 && <SkippedList rows={rejected} />}

          <h3 className="cf-subheading">{t.topicsHeading}</h3>
          {outcome.topics.length === 0 ? (
            <Text>{t.noTopics}</Text>
          ) : (
            <ol aria-label={t.topics}>
              {outcome.topics.map((topic) => (
                <li key={topic}>{topic}</li>
              ))}
            </ol>
          )}
          {outcome.summary.dimensions.length > 0 && (
            <Table size="small" aria-label={t.gapsTable}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{t.columns.dimension}</TableHeaderCell>
                  <TableHeaderCell>{t.columns.us}</TableHeaderCell>
                  <TableHeaderCell>{t.columns.them}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {outcome.summary.dimensions.map((g) => (
                  <TableRow key={g.dimension}>
                    <TableCell>{dimensionLabel(g.dimension)}</TableCell>
                    <TableCell>{formatScore(g.us)}</TableCell>
                    <TableCell>{formatScore(g.them)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </div>
      )}
    </section>
  );
}
