import {
  Button,
  Card,
  Field,
  Input,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from "@fluentui/react-components";
import { useCallback, useEffect, useRef, useState, type ChangeEvent } from "react";
import { DIMENSION_KEYS, todayIso } from "../../core/method";
import { readableDate } from "../../core/texts/render";
import type { Side } from "../../core/method/types";
import type { RespondentLine, RoundsOverview } from "../../core/rounds/overview";
import type { SideRecord } from "../../core/rounds/history";
import { dimensionLabel } from "../pane-model";
import { readBytes, saveFile } from "../use-pane";
import type { WorkbookPort } from "../workbook-port";

/** Props of the Respondents view (issue 13). */
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

const SIDE_HEADING: Record<Side, (p: { us: string; them: string }) => string> = {
  us: (p) => `Our side (${p.us})`,
  them: (p) => `Their side (${p.them})`,
};

function statusText(r: RespondentLine): string {
  return r.status === "partial" ? `partial: ${r.answered} of ${r.of}` : r.status;
}

const fmt = (v: number | null) => (v === null ? "–" : v.toFixed(2));

function change(now: number | null, before: number | null): string {
  if (now === null || before === null) return "";
  const d = Math.round((now - before) * 100) / 100;
  return d === 0 ? " (no change)" : ` (${d > 0 ? "up" : "down"} ${Math.abs(d).toFixed(2)})`;
}

/** Per dimension, each closed round and the open one; the last column says the change. */
function TrendTable({
  overview,
  side,
  title,
}: {
  overview: RoundsOverview;
  side: Side;
  title: string;
}) {
  const rounds: Array<{ label: string; scores: SideRecord }> = [
    ...overview.history.map((h, i) => ({
      label: `Round ${i + 1} (${readableDate(h.date)})`,
      scores: h[side],
    })),
    {
      label: `Now (${overview.current.date ? readableDate(overview.current.date) : "open"})`,
      scores: overview.current[side],
    },
  ];
  return (
    <Table size="small" aria-label={title}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>Dimension</TableHeaderCell>
          {rounds.map((r) => (
            <TableHeaderCell key={r.label}>{r.label}</TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {DIMENSION_KEYS.map((k) => (
          <TableRow key={k}>
            <TableCell style={{ overflowWrap: "anywhere" }}>{dimensionLabel(k)}</TableCell>
            {rounds.map((r, i) => (
              <TableCell key={r.label}>
                {fmt(r.scores[k])}
                {i > 0 && i === rounds.length - 1
                  ? change(r.scores[k], rounds[i - 1].scores[k])
                  : ""}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/**
 * Several respondents per side and assessment rounds (issue 13): who answered (with status), the
 * import of several returned questionnaires at once, removal, closing a round, and the trend.
 */
export function RespondentsView(props: RespondentsViewProps) {
  const { port, run } = props;
  const [overview, setOverview] = useState<RoundsOverview | null>(null);
  const [roundDate, setRoundDate] = useState(todayIso());
  const [confirming, setConfirming] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const disabled = props.busy || props.parties === null;

  const load = useCallback(() => {
    if (!port.readRounds) return Promise.resolve(false);
    return run("Reading respondents and rounds", async () => setOverview(await port.readRounds!()));
  }, [port, run]);

  const hasAssessment = props.parties !== null;
  useEffect(() => {
    if (hasAssessment) void load();
  }, [hasAssessment, load]);

  const picked = async (event: ChangeEvent<HTMLInputElement>) => {
    const list = Array.from(event.target.files ?? []);
    // Cleared so that picking the same files again fires another change.
    event.target.value = "";
    if (!list.length || !port.importRespondents) return;
    const done = { added: [] as string[], replaced: [] as string[] };
    const ok = await run(`Importing ${list.length} questionnaire(s)`, async (progress) => {
      const files = await Promise.all(
        list.map(async (f) => ({ name: f.name, data: await readBytes(f) }))
      );
      const outcome = await port.importRespondents!(files, progress);
      setOverview(outcome.overview);
      done.added = outcome.added;
      done.replaced = outcome.replaced;
    });
    if (ok) {
      const { added, replaced } = done;
      // Read first: a new action clears the notice bar.
      await props.onScoresChanged();
      props.onNotice(
        `Imported ${list.length} questionnaire(s)` +
          (added.length ? `; added ${added.join(", ")}` : "") +
          (replaced.length ? `; replaced the answers of ${replaced.join(", ")}` : "") +
          "."
      );
    }
  };

  const remove = async (r: RespondentLine) => {
    if (!port.removeRespondent) return;
    const ok = await run(`Removing ${r.name}`, async () =>
      setOverview(await port.removeRespondent!(r.name, r.side))
    );
    if (ok) {
      await props.onScoresChanged();
      props.onNotice(`Removed ${r.name}.`);
    }
  };

  const startRound = async () => {
    if (!port.startRound) return;
    setConfirming(false);
    const ok = await run("Starting a new round", async (progress) =>
      setOverview(await port.startRound!(roundDate, progress))
    );
    if (ok) {
      await props.onScoresChanged();
      props.onNotice(
        `Round closed into CF History; the new round dated ${readableDate(roundDate)} starts with empty scores. Notes, weights, interests and the roadmap are kept.`
      );
    }
  };

  const colleague = async () => {
    if (!port.prepareColleagueQuestionnaire) return;
    await run("Preparing a colleague's questionnaire", async (progress) => {
      const q = await port.prepareColleagueQuestionnaire!(progress);
      if (q.file) saveFile(q.file);
    });
  };

  const roundNo = (overview?.history.length ?? 0) + 1;
  return (
    <section aria-labelledby="respondents-heading" className="cf-stack">
      <h2 id="respondents-heading" className="cf-heading" tabIndex={-1}>
        Respondents and rounds
      </h2>
      <Text>
        Several people per side can answer; each side&apos;s score per question is the mean of its
        respondents. A side without respondents uses the scores typed on the step sheets.
      </Text>
      {props.parties === null && <Text>Create the assessment sheets first (New tab).</Text>}

      {overview && props.parties && (
        <>
          {(["us", "them"] as Side[]).map((side) => {
            const people = overview.respondents.filter((r) => r.side === side);
            const heading = SIDE_HEADING[side](props.parties!);
            return (
              <div key={side} className="cf-stack">
                <h3 className="cf-subheading">{heading}</h3>
                {people.length === 0 ? (
                  <Text size={200}>
                    No respondents recorded
                    {overview.current.source[side] === "typed"
                      ? ": the typed scores count as one."
                      : "."}
                  </Text>
                ) : (
                  <Table size="small" aria-label={`Respondents, ${heading}`}>
                    <TableHeader>
                      <TableRow>
                        <TableHeaderCell>Name</TableHeaderCell>
                        <TableHeaderCell>Status</TableHeaderCell>
                        {port.removeRespondent && <TableHeaderCell>Action</TableHeaderCell>}
                      </TableRow>
                    </TableHeader>
                    <TableBody>
                      {people.map((r) => (
                        <TableRow key={r.name}>
                          <TableCell>
                            {r.name}
                            {r.role ? `, ${r.role}` : ""}
                          </TableCell>
                          <TableCell>{statusText(r)}</TableCell>
                          {port.removeRespondent && (
                            <TableCell>
                              <Button
                                size="small"
                                disabled={disabled}
                                aria-label={`Remove ${r.name}`}
                                onClick={() => void remove(r)}
                              >
                                Remove
                              </Button>
                            </TableCell>
                          )}
                        </TableRow>
                      ))}
                    </TableBody>
                  </Table>
                )}
              </div>
            );
          })}

          <h3 className="cf-subheading">Disagreement inside a side</h3>
          <Text size={200}>
            Questions with a spread of 2 or more, as workshop topics.{" "}
            {overview.anonymous.length
              ? `Who answered what is not shown for ${overview.anonymous
                  .map((s) => (s === "us" ? "our side" : "their side"))
                  .join(" and ")} (the cover's anonymity setting).`
              : "Both sides are named (the cover's anonymity setting)."}
          </Text>
          {overview.topics.length === 0 ? (
            <Text>None.</Text>
          ) : (
            <ul aria-label="Disagreement inside a side">
              {overview.topics.slice(0, 10).map((t) => (
                <li key={t}>{t}</li>
              ))}
            </ul>
          )}
        </>
      )}

      {port.importRespondents ? (
        <>
          <h3 className="cf-subheading">Add respondents</h3>
          <Text size={200}>
            Pick one or more returned questionnaires. Each lands on the side it was prepared for;
            every file is checked first, and if one is refused nothing changes.
          </Text>
          <input
            ref={fileInput}
            type="file"
            accept=".xlsx"
            multiple
            hidden
            aria-label="Returned questionnaires (.xlsx, several at once)"
            onChange={(e) => void picked(e)}
          />
          <div className="cf-row">
            <Button onClick={() => fileInput.current?.click()} disabled={disabled}>
              Import questionnaires
            </Button>
            {port.prepareColleagueQuestionnaire && (
              <Button onClick={() => void colleague()} disabled={disabled}>
                Questionnaire for a colleague
              </Button>
            )}
          </div>
        </>
      ) : (
        <Text size={200}>
          In Excel, add several respondents with the command line (collabfit import FILE.xlsx
          --answers A.xlsx --answers B.xlsx) and open the result; this view then lists them.
        </Text>
      )}

      <h3 className="cf-subheading">Rounds</h3>
      {port.startRound ? (
        <Card className="cf-card">
          <Field label="Date of the new round" hint="Not before the date of the round being closed">
            <Input
              type="date"
              value={roundDate}
              disabled={disabled}
              onChange={(_, d) => setRoundDate(d.value)}
            />
          </Field>
          {!confirming ? (
            <Button onClick={() => setConfirming(true)} disabled={disabled || !roundDate}>
              Start a new round
            </Button>
          ) : (
            <div className="cf-stack" role="group" aria-label="Confirm the new round">
              <Text>
                Close round {roundNo} into CF History and open round {roundNo + 1} dated {readableDate(roundDate)}{" "}
                with empty scores? Notes, weights, interests and the roadmap are kept.
              </Text>
              <div className="cf-row">
                <Button appearance="primary" onClick={() => void startRound()} disabled={disabled}>
                  Close the round
                </Button>
                <Button onClick={() => setConfirming(false)}>Cancel</Button>
              </div>
            </div>
          )}
        </Card>
      ) : (
        <Text size={200}>
          In Excel, close a round with the command line (collabfit round FILE.xlsx --out NEXT.xlsx)
          and open NEXT.xlsx.
        </Text>
      )}

      {overview && (
        <>
          <h3 className="cf-subheading">Trend per dimension</h3>
          {overview.history.length === 0 ? (
            <Text size={200}>No round closed yet: the trend starts with the second round.</Text>
          ) : (
            <>
              <Text weight="semibold">Our side</Text>
              <TrendTable overview={overview} side="us" title="Our side: scores per round" />
              <Text weight="semibold">Their side, in our frame</Text>
              <TrendTable
                overview={overview}
                side="them"
                title="Their side (in our frame): scores per round"
              />
            </>
          )}
        </>
      )}
    </section>
  );
}
