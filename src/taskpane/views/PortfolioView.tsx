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
import type { ModelId } from "../../core/method";
import { panePortfolioTexts } from "../../core/texts/parts/pane-portfolio";
import { modelName, segmentLabel } from "../../core/texts/method-words";
import { NO_SEGMENT, type SkippedFile } from "../../core/workbook/portfolio";
import { toPaneMessageWorded, type PaneMessage } from "../errors";
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
        reason: panePortfolioTexts().tooLarge((f.size / MB).toFixed(1), FILE_LIMITS.maxBytes / MB),
      });
    else files.push({ name: f.name, data: await readBytes(f) });
  }
  return { files, tooLarge };
}

function shortModel(id: ModelId): string {
  return modelName(id).replace(/ \(.*$/, "");
}

function summary(outcome: PortfolioOutcome, mode: PortfolioViewProps["mode"]): string {
  const t = panePortfolioTexts();
  const read = t.read(outcome.rows.length);
  const skipped = outcome.skipped.length ? t.skipped(outcome.skipped.length) : "";
  const w = outcome.written;
  if (outcome.delivered === "none") return t.noneRead(skipped);
  if (outcome.delivered === "download" || !w)
    return (mode === "preview" ? t.downloadedPreview : t.downloaded)(read, skipped);
  if (w.mode === "created") return t.created(read, skipped, w.rows);
  return t.updated(read, skipped, w.updated, w.added, w.kept, w.rows);
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
  const t = panePortfolioTexts();

  const picked = async (event: ChangeEvent<HTMLInputElement>) => {
    const list = Array.from(event.target.files ?? []);
    // Cleared so that picking the same files again (after fixing one) fires another change.
    event.target.value = "";
    if (list.length === 0) return;
    setError(null);
    setOutcome(null);
    setProgress(t.readingFiles(list.length));
    try {
      const { files, tooLarge } = await pickedFiles(list);
      const result = await props.onBuild(files, setProgress);
      const all = { ...result, skipped: [...tooLarge, ...result.skipped] };
      setOutcome(all);
      if (all.file) saveFile(all.file);
    } catch (err) {
      const message = await toPaneMessageWorded(err, t.during);
      setError(
        (err as Error | null)?.name === "PortfolioTableError"
          ? { ...message, title: t.notWritten, action: "" }
          : message
      );
    } finally {
      setProgress(null);
    }
  };

  return (
    <section aria-labelledby="portfolio-heading" className="cf-stack">
      <h2 id="portfolio-heading" className="cf-heading" tabIndex={-1}>
        {t.heading}
      </h2>
      <Text>{t.intro}</Text>
      <Text size={200}>{props.mode === "excel" ? t.whereExcel : t.wherePreview}</Text>
      <input
        ref={input}
        type="file"
        accept=".xlsx"
        multiple
        hidden
        aria-label={t.fileInput}
        onChange={(e) => void picked(e)}
      />
      <Button
        appearance="primary"
        onClick={() => input.current?.click()}
        disabled={props.busy || working}
      >
        {t.choose}
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
          <Card className="cf-card" aria-label={t.report}>
            <Text>{summary(outcome, props.mode)}</Text>
          </Card>
          {outcome.rows.length > 0 && (
            <Table size="small" aria-label={t.table}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{t.columns.party}</TableHeaderCell>
                  <TableHeaderCell>{t.columns.segment}</TableHeaderCell>
                  <TableHeaderCell>{t.columns.target}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {outcome.rows.map((r) => (
                  <TableRow key={`${r.assessmentId}:${r.file}`}>
                    <TableCell style={WRAP}>{r.otherParty || r.relationship}</TableCell>
                    <TableCell style={WRAP}>
                      {r.segment ? segmentLabel(r.segment) : NO_SEGMENT}
                    </TableCell>
                    <TableCell style={WRAP}>
                      {shortModel(r.targetModel)}
                      {r.mismatch && (
                        <>
                          <br />
                          <Text size={200} weight="semibold">
                            {t.mismatch(shortModel(r.mismatch.usual))}
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
              <h3 className="cf-subheading">{t.skippedHeading}</h3>
              <ul aria-label={t.skippedHeading}>
                {outcome.skipped.map((s) => (
                  <li key={`${s.file}:${s.reason}`}>
                    <Text weight="semibold">{s.file}</Text>
                    {t.skippedFile(s.reason)}
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
