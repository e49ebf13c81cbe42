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
  return (
    <ul aria-label="Skipped answers">
      {rows.map((s) => (
        <li key={`${s.column}-${cellOf(s)}`}>
          <Text weight="semibold">{cellOf(s)}</Text> ({s.itemId}, {s.column}): {s.reason}
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
  const them = props.them ?? "the other party";
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
        Their view
      </h2>
      <Text>
        Half of the picture is how {them} sees the relationship. Send them a questionnaire of their
        own: it holds the questions only, none of our scores, notes or results.
      </Text>
      {props.them === null && <Text>Create the assessment sheets first (New tab).</Text>}

      <h3 className="cf-subheading">1. Send the questionnaire</h3>
      <Text size={200}>
        {props.mode === "excel"
          ? "It opens as a new workbook: save it and send it to them. They need Excel, not this add-in."
          : "It downloads as an .xlsx file to send to them. They need Excel, not this add-in."}
      </Text>
      <Checkbox
        label="Share our evidence (shown beside the questions)"
        checked={shareEvidence}
        onChange={(_e, data) => setShareEvidence(data.checked === true)}
        disabled={disabled}
      />
      <Button
        appearance="primary"
        onClick={() => void props.onPrepare({ shareEvidence })}
        disabled={disabled}
      >
        Prepare questionnaire for {them}
      </Button>
      {props.questionnaireId && (
        <Text size={200}>
          Reference on the questionnaire: <Text weight="semibold">{props.questionnaireId}</Text>
        </Text>
      )}

      <h3 className="cf-subheading">2. Import their answers</h3>
      <Text size={200}>
        Pick the file they returned. Every answer is checked first; only the Their score column (and
        their notes) change, and a refused file changes nothing.
      </Text>
      <input
        ref={fileInput}
        type="file"
        accept=".xlsx"
        hidden
        aria-label="Returned questionnaire (.xlsx)"
        onChange={picked}
      />
      <Button onClick={() => fileInput.current?.click()} disabled={disabled}>
        Import their answers
      </Button>

      {outcome && (
        <div className="cf-stack" aria-live="polite">
          <h3 className="cf-subheading">Import report</h3>
          <Card className="cf-card" aria-label="Import report">
            <Text>
              From “{outcome.fileName}” (reference {outcome.report.assessmentId}):{" "}
              <Text weight="semibold">{outcome.report.imported.length} answers imported</Text>,{" "}
              {rejected.length} skipped, {blank.length} not answered.
            </Text>
            {blank.length > 0 && (
              <Text size={200}>Not answered: {blank.map((s) => s.itemId).join(", ")}.</Text>
            )}
          </Card>
          {rejected.length > 0 && <SkippedList rows={rejected} />}

          <h3 className="cf-subheading">Topics for the joint workshop</h3>
          {outcome.topics.length === 0 ? (
            <Text>
              No big differences: the two views agree within the method&apos;s thresholds.
            </Text>
          ) : (
            <ol aria-label="Workshop topics">
              {outcome.topics.map((t) => (
                <li key={t}>{t}</li>
              ))}
            </ol>
          )}
          {outcome.summary.dimensions.length > 0 && (
            <Table size="small" aria-label="Perception gaps by dimension">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>Dimension</TableHeaderCell>
                  <TableHeaderCell>Us</TableHeaderCell>
                  <TableHeaderCell>Them (our frame)</TableHeaderCell>
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
