import {
  Button,
  Card,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from "@fluentui/react-components";
import { useRef, useState, type ChangeEvent } from "react";
import { FILE_LIMITS } from "../../core/exchange/names";
import { SEGMENT_LABELS, modelById } from "../../core/method";
import { NO_SEGMENT, type SkippedFile } from "../../core/workbook/portfolio";
import { toPaneMessage, type PaneMessage } from "../errors";
import { readBytes, saveFile } from "../use-pane";
import type { PickedFile, PortfolioOutcome } from "../workbook-port";

export interface PortfolioViewProps {
  mode: "excel" | "preview";
  /** Another action of the pane is running. */
  busy: boolean;
  /** The port's buildPortfolio: reads the picked files and writes or builds the portfolio. */
  onBuild(files: PickedFile[], onProgress: (message: string) => void): Promise<PortfolioOutcome>;
}

const MB = 1024 * 1024;
/** Long names and model words wrap inside the narrow pane instead of running into the next cell. */
const WRAP = { overflowWrap: "anywhere" } as const;

/** The picked files' bytes; a file too large to be an assessment is not even read. */
async function pickedFiles(
  list: File[]
): Promise<{ files: PickedFile[]; tooLarge: SkippedFile[] }> {
  const files: PickedFile[] = [];
  const tooLarge: SkippedFile[] = [];
  for (const f of list) {
    if (f.size > FILE_LIMITS.maxBytes)
      tooLarge.push({
        file: f.name,
        reason: `${(f.size / MB).toFixed(1)} MB; allowed: at most ${FILE_LIMITS.maxBytes / MB} MB`,
      });
    else files.push({ name: f.name, data: await readBytes(f) });
  }
  return { files, tooLarge };
}

function shortModel(id: Parameters<typeof modelById>[0]): string {
  return modelById(id).name.replace(/ \(.*$/, "");
}

function summary(outcome: PortfolioOutcome, mode: PortfolioViewProps["mode"]): string {
  const n = outcome.rows.length;
  const read = `${n} relationship${n === 1 ? "" : "s"} read`;
  const skipped = outcome.skipped.length ? `, ${outcome.skipped.length} skipped` : "";
  const w = outcome.written;
  if (outcome.delivered === "none")
    return `No relationship could be read${skipped}. Nothing was written.`;
  if (outcome.delivered === "download" || !w)
    return `${read}${skipped}. The portfolio workbook was downloaded${mode === "preview" ? " (nothing left this computer)" : ""}.`;
  if (w.mode === "created")
    return `${read}${skipped}. Added the CF Portfolio and CF Segments sheets to this workbook (${w.rows} rows).`;
  return `${read}${skipped}. CF Portfolio updated: ${w.updated} row${w.updated === 1 ? "" : "s"} replaced, ${w.added} added, ${w.kept} kept (${w.rows} in all).`;
}

/**
 * Several relationships at a glance: the analyst picks assessment workbooks, the pane reads them
 * here (nothing is uploaded) and writes the portfolio into this workbook, or downloads it (preview).
 */
export function PortfolioView(props: PortfolioViewProps) {
  const input = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<PortfolioOutcome | null>(null);
  const [error, setError] = useState<PaneMessage | null>(null);
  const working = progress !== null;

  const picked = async (event: ChangeEvent<HTMLInputElement>) => {
    const list = Array.from(event.target.files ?? []);
    // Cleared so that picking the same files again (after fixing one) fires another change.
    event.target.value = "";
    if (list.length === 0) return;
    setError(null);
    setOutcome(null);
    setProgress(`Reading ${list.length} file${list.length === 1 ? "" : "s"}`);
    try {
      const { files, tooLarge } = await pickedFiles(list);
      const result = await props.onBuild(files, setProgress);
      const all = { ...result, skipped: [...tooLarge, ...result.skipped] };
      setOutcome(all);
      if (all.file) saveFile(all.file);
    } catch (err) {
      const message = toPaneMessage(err, "building the portfolio");
      setError(
        (err as Error | null)?.name === "PortfolioTableError"
          ? { ...message, title: "The portfolio was not written", action: "" }
          : message
      );
    } finally {
      setProgress(null);
    }
  };

  return (
    <section aria-labelledby="portfolio-heading" className="cf-stack">
      <h2 id="portfolio-heading" className="cf-heading" tabIndex={-1}>
        Portfolio
      </h2>
      <Text>
        See many relationships side by side: each one&apos;s segment, recommended model, and where
        the two do not fit. Pick the assessment workbooks (.xlsx); they are read here, on this
        computer, and are never changed.
      </Text>
      <Text size={200}>
        {props.mode === "excel"
          ? "The portfolio goes into this workbook's CF Portfolio and CF Segments sheets. Picking files again updates their rows (matched by assessment reference) and keeps the others."
          : "The portfolio workbook is downloaded as an .xlsx file."}
      </Text>
      <input
        ref={input}
        type="file"
        accept=".xlsx"
        multiple
        hidden
        aria-label="Assessment workbooks (.xlsx)"
        onChange={(e) => void picked(e)}
      />
      <Button
        appearance="primary"
        onClick={() => input.current?.click()}
        disabled={props.busy || working}
      >
        Choose assessment workbooks
      </Button>
      {working && <Spinner size="tiny" labelPosition="after" label={progress} aria-live="polite" />}
      {error && (
        <MessageBar intent="error" aria-live="assertive">
          <MessageBarBody>
            <MessageBarTitle>{error.title}</MessageBarTitle>
            {error.message} {error.action}
          </MessageBarBody>
        </MessageBar>
      )}

      {outcome && (
        <div className="cf-stack" aria-live="polite">
          <Card className="cf-card" aria-label="Portfolio report">
            <Text>{summary(outcome, props.mode)}</Text>
          </Card>
          {outcome.rows.length > 0 && (
            <Table size="small" aria-label="Relationships read">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>Other party</TableHeaderCell>
                  <TableHeaderCell>Segment</TableHeaderCell>
                  <TableHeaderCell>Target model</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {outcome.rows.map((r) => (
                  <TableRow key={`${r.assessmentId}:${r.file}`}>
                    <TableCell style={WRAP}>{r.otherParty || r.relationship}</TableCell>
                    <TableCell style={WRAP}>
                      {r.segment ? SEGMENT_LABELS[r.segment] : NO_SEGMENT}
                    </TableCell>
                    <TableCell style={WRAP}>
                      {shortModel(r.targetModel)}
                      {r.mismatch && (
                        <>
                          <br />
                          <Text size={200} weight="semibold">
                            Mismatch: the segment usually gets {shortModel(r.mismatch.usual)}
                          </Text>
                        </>
                      )}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
          {outcome.skipped.length > 0 && (
            <>
              <h3 className="cf-subheading">Skipped files</h3>
              <ul aria-label="Skipped files">
                {outcome.skipped.map((s) => (
                  <li key={`${s.file}:${s.reason}`}>
                    <Text weight="semibold">{s.file}</Text>: {s.reason}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </section>
  );
}
