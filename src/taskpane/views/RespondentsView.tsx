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
import { paneRespondentsTexts } from "../../core/texts/parts/pane-respondents";
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

function statusText(r: RespondentLine): string {
  const t = paneRespondentsTexts().status;
  if (r.status === "partial") return t.partial(r.answered, r.of);
  return r.status === "answered" ? t.answered : t.notAnswered;
}

const fmt = (v: number | null) => (v === null ? "–" : v.toFixed(2));

/** The score of the last column with its change from the round before, when both exist. */
function withChange(now: number | null, before: number | null): string {
  if (now === null || before === null) return fmt(now);
  const t = paneRespondentsTexts();
  const d = Math.round((now - before) * 100) / 100;
  const by = Math.abs(d).toFixed(2);
  return t.withChange(fmt(now), d === 0 ? t.noChange : d > 0 ? t.up(by) : t.down(by));
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
  const t = paneRespondentsTexts();
  const rounds: Array<{ label: string; scores: SideRecord }> = [
    ...overview.history.map((h, i) => ({
      label: t.round(i + 1, readableDate(h.date)),
      scores: h[side],
    })),
    {
      label: t.now(overview.current.date ? readableDate(overview.current.date) : t.open),
      scores: overview.current[side],
    },
  ];
  return (
    <Table size="small" aria-label={title}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t.dimension}</TableHeaderCell>
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
                {i > 0 && i === rounds.length - 1
                  ? withChange(r.scores[k], rounds[i - 1].scores[k])
                  : fmt(r.scores[k])}
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
  const t = paneRespondentsTexts();
  const [overview, setOverview] = useState<RoundsOverview | null>(null);
  const [roundDate, setRoundDate] = useState(todayIso());
  const [confirming, setConfirming] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const disabled = props.busy || props.parties === null;

  const load = useCallback(() => {
    if (!port.readRounds) return Promise.resolve(false);
    return run(paneRespondentsTexts().reading, async () => setOverview(await port.readRounds!()));
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
    const ok = await run(t.importing(list.length), async (progress) => {
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
      props.onNotice(t.imported(list.length, added.join(", "), replaced.join(", ")));
    }
  };

  const remove = async (r: RespondentLine) => {
    if (!port.removeRespondent) return;
    const ok = await run(t.removing(r.name), async () =>
      setOverview(await port.removeRespondent!(r.name, r.side))
    );
    if (ok) {
      await props.onScoresChanged();
      props.onNotice(t.removed(r.name));
    }
  };

  const startRound = async () => {
    if (!port.startRound) return;
    setConfirming(false);
    const ok = await run(t.startingRound, async (progress) =>
      setOverview(await port.startRound!(roundDate, progress))
    );
    if (ok) {
      await props.onScoresChanged();
      props.onNotice(t.roundStarted(readableDate(roundDate)));
    }
  };

  const colleague = async () => {
    if (!port.prepareColleagueQuestionnaire) return;
    await run(t.preparingColleague, async (progress) => {
      const q = await port.prepareColleagueQuestionnaire!(progress);
      if (q.file) saveFile(q.file);
    });
  };

  const roundNo = (overview?.history.length ?? 0) + 1;
  return (
    <section aria-labelledby="respondents-heading" className="cf-stack">
      <h2 id="respondents-heading" className="cf-heading" tabIndex={-1}>
        {t.heading}
      </h2>
      <Text>{t.intro}</Text>
      {props.parties === null && <Text>{t.createFirst}</Text>}

      {overview && props.parties && (
        <>
          {(["us", "them"] as Side[]).map((side) => {
            const people = overview.respondents.filter((r) => r.side === side);
            const heading = t.sideHeadings[side](props.parties![side]);
            return (
              <div key={side} className="cf-stack">
                <h3 className="cf-subheading">{heading}</h3>
                {people.length === 0 ? (
                  <Text size={200}>
                    {overview.current.source[side] === "typed"
                      ? t.noRespondentsTyped
                      : t.noRespondents}
                  </Text>
                ) : (
                  <Table size="small" aria-label={t.respondentsTable(heading)}>
                    <TableHeader>
                      <TableRow>
                        <TableHeaderCell>{t.columns.name}</TableHeaderCell>
                        <TableHeaderCell>{t.columns.status}</TableHeaderCell>
                        {port.removeRespondent && (
                          <TableHeaderCell>{t.columns.action}</TableHeaderCell>
                        )}
                      </TableRow>
                    </TableHeader>
                    <TableBody>
                      {people.map((r) => (
                        <TableRow key={r.name}>
                          <TableCell>{r.role ? t.nameWithRole(r.name, r.role) : r.name}</TableCell>
                          <TableCell>{statusText(r)}</TableCell>
                          {port.removeRespondent && (
                            <TableCell>
                              <Button
                                size="small"
                                disabled={disabled}
                                aria-label={t.removeLabel(r.name)}
                                onClick={() => void remove(r)}
                              >
                                {t.remove}
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

          <h3 className="cf-subheading">{t.disagreementHeading}</h3>
          <Text size={200}>
            {t.disagreementIntro}{" "}
            {overview.anonymous.length
              ? t.anonymous(overview.anonymous.map((s) => t.anonymousSides[s]).reduce(t.and))
              : t.bothNamed}
          </Text>
          {overview.topics.length === 0 ? (
            <Text>{t.noTopics}</Text>
          ) : (
            <ul aria-label={t.disagreementHeading}>
              {overview.topics.slice(0, 10).map((t) => (
                <li key={t}>{t}</li>
              ))}
            </ul>
          )}
        </>
      )}

      {port.importRespondents ? (
        <>
          <h3 className="cf-subheading">{t.addHeading}</h3>
          <Text size={200}>{t.addHelp}</Text>
          <input
            ref={fileInput}
            type="file"
            accept=".xlsx"
            multiple
            hidden
            aria-label={t.fileInput}
            onChange={(e) => void picked(e)}
          />
          <div className="cf-row">
            <Button onClick={() => fileInput.current?.click()} disabled={disabled}>
              {t.import}
            </Button>
            {port.prepareColleagueQuestionnaire && (
              <Button onClick={() => void colleague()} disabled={disabled}>
                {t.colleague}
              </Button>
            )}
          </div>
        </>
      ) : (
        <Text size={200}>{t.addInExcel}</Text>
      )}

      <h3 className="cf-subheading">{t.roundsHeading}</h3>
      {port.startRound ? (
        <Card className="cf-card">
          <Field label={t.roundDate} hint={t.roundDateHint}>
            <Input
              type="date"
              value={roundDate}
              disabled={disabled}
              onChange={(_, d) => setRoundDate(d.value)}
            />
          </Field>
          {!confirming ? (
            <Button onClick={() => setConfirming(true)} disabled={disabled || !roundDate}>
              {t.startRound}
            </Button>
          ) : (
            <div className="cf-stack" role="group" aria-label={t.confirmGroup}>
              <Text>{t.confirm(roundNo, roundNo + 1, readableDate(roundDate))}</Text>
              <div className="cf-row">
                <Button appearance="primary" onClick={() => void startRound()} disabled={disabled}>
                  {t.closeRound}
                </Button>
                <Button onClick={() => setConfirming(false)}>{t.cancel}</Button>
              </div>
            </div>
          )}
        </Card>
      ) : (
        <Text size={200}>{t.roundInExcel}</Text>
      )}

      {overview && (
        <>
          <h3 className="cf-subheading">{t.trendHeading}</h3>
          {overview.history.length === 0 ? (
            <Text size={200}>{t.noTrend}</Text>
          ) : (
            <>
              <Text weight="semibold">{t.ourSide}</Text>
              <TrendTable overview={overview} side="us" title={t.ourTrend} />
              <Text weight="semibold">{t.theirSide}</Text>
              <TrendTable overview={overview} side="them" title={t.theirTrend} />
            </>
          )}
        </>
      )}
    </section>
  );
}
