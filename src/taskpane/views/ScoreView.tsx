import {
  Button,
  Card,
  Field,
  ProgressBar,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from "@fluentui/react-components";
import { useState } from "react";
import { DIMENSIONS, STEPS } from "../../core/method";
import { paneScoreTexts } from "../../core/texts/parts/pane-score";
import { Tabs } from "../tabs";
import { principleWords } from "../../core/texts/method-words";
import { itemQuestion, itemWording } from "../../core/texts/question-words";
import type { AssessmentItem, Side, StepId } from "../../core/method/types";
import { NA_TEXT } from "../../core/workbook/names";
import {
  dimensionComparison,
  dimensionLabel,
  formatDimensionScore,
  itemStep,
  itemsOfStep,
  missingDimensions,
  nextUnanswered,
  principleOfItem,
  readItems,
  stepProgress,
} from "../pane-model";
import type { ScoreRead } from "../workbook-port";

export interface ScoreViewProps {
  read: ScoreRead;
  busy: boolean;
  /** Preview: scores are chosen in the pane; Excel: they are typed in the sheet. */
  mode: "excel" | "preview";
  onRefresh(): Promise<unknown>;
  onSetScore(itemId: string, side: Side, score: number | null): Promise<unknown>;
  onGoToItem(itemId: string, side: Side): Promise<unknown>;
}

export interface ScoreFormProps {
  step: StepId;
  read: ScoreRead;
  disabled: boolean;
  onFocusItem(item: AssessmentItem): void;
  onSetScore: ScoreViewProps["onSetScore"];
}

const SCORE_VALUES = ["1", "2", "3", "4", "5"];

export function scoreSelectId(itemId: string, side: Side): string {
  return `score-${side}-${itemId}`;
}

function PrincipleCard({ item }: { item: AssessmentItem }) {
  const principle = principleOfItem(item);
  const words = principleWords(principle.id);
  const w = itemWording(item);
  const t = paneScoreTexts();
  return (
    <Card aria-label={t.currentItem} className="cf-card">
      <Text weight="semibold">{t.itemTitle(item.id, dimensionLabel(item.dimension))}</Text>
      <Text>{w.question}</Text>
      <Text size={200}>
        {t.anchors(w.anchors[1], w.anchors[3], w.anchors[5])}
        {item.reverse ? ` ${t.reverse}` : ""}
      </Text>
      <Text weight="semibold">{t.principle(principle.number, words.theme)}</Text>
      <Text size={200}>{words.guidance}</Text>
    </Card>
  );
}

function ScoreForm(props: ScoreFormProps) {
  const t = paneScoreTexts();
  return (
    <div className="cf-stack" role="group" aria-label={t.scoresForStep(props.step.slice(1))}>
      {itemsOfStep(props.step, readItems(props.read)).map((item) => (
        <fieldset key={item.id} className="cf-item">
          <legend>
            <Text weight="semibold">{item.id}</Text> {itemQuestion(item)}
          </legend>
          <div className="cf-row">
            {(["us", "them"] as const).map((side) => {
              const value = props.read[side][item.id];
              return (
                <Field key={side} label={t.sides[side]} className="cf-grow">
                  <Select
                    id={scoreSelectId(item.id, side)}
                    value={typeof value === "number" ? String(value) : ""}
                    disabled={props.disabled}
                    onFocus={() => props.onFocusItem(item)}
                    onChange={(_, data) =>
                      void props.onSetScore(
                        item.id,
                        side,
                        data.value === "" || data.value === NA_TEXT ? null : Number(data.value)
                      )
                    }
                  >
                    <option value="">{t.notScored(NA_TEXT)}</option>
                    {SCORE_VALUES.map((v) => (
                      <option key={v} value={v}>
                        {v}
                      </option>
                    ))}
                  </Select>
                </Field>
              );
            })}
          </div>
        </fieldset>
      ))}
    </div>
  );
}

/** The Scores sheet's numbers: ours, theirs read from our side, and the gap between those two. */
function DimensionTable({ read }: { read: ScoreViewProps["read"] }) {
  const rows = dimensionComparison(read);
  if (rows.every((r) => r.us === null && r.them === null)) return null;
  const t = paneScoreTexts();
  return (
    <Table size="small" aria-label={t.table}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t.columns.dimension}</TableHeaderCell>
          <TableHeaderCell>{t.columns.us}</TableHeaderCell>
          <TableHeaderCell>{t.columns.them}</TableHeaderCell>
          <TableHeaderCell>{t.columns.gap}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((r) => (
          <TableRow key={r.key}>
            <TableCell>{r.label}</TableCell>
            <TableCell>{formatDimensionScore(r.us)}</TableCell>
            <TableCell>{formatDimensionScore(r.them)}</TableCell>
            <TableCell>{formatDimensionScore(r.gap)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

export function ScoreView(props: ScoreViewProps) {
  const t = paneScoreTexts();
  const progress = stepProgress(props.read);
  const [current, setCurrent] = useState<AssessmentItem | null>(null);
  const [step, setStep] = useState<StepId>("S1");
  const items = readItems(props.read);
  const next = nextUnanswered(props.read.us, current?.id, items);
  const shown = current ?? next ?? items[0];

  const goNext = () => {
    const target = nextUnanswered(props.read.us, current?.id, items);
    if (!target) return;
    setCurrent(target);
    if (props.mode === "preview") {
      setStep(itemStep(target));
      // Focus after the step's form has rendered.
      setTimeout(() => document.getElementById(scoreSelectId(target.id, "us"))?.focus(), 0);
    } else {
      void props.onGoToItem(target.id, "us");
    }
  };

  return (
    <section aria-labelledby="score-heading" className="cf-stack">
      <h2 id="score-heading" className="cf-heading" tabIndex={-1}>
        {t.heading}
      </h2>
      <Text>{props.mode === "excel" ? t.introExcel : t.introPreview}</Text>
      <div className="cf-stack" aria-label={t.progressPerStep}>
        {progress.map((p) => (
          <div key={p.step}>
            <Text weight="semibold">{t.step(p.number, p.title)}</Text>
            {(["us", "them"] as const).map((side) => (
              <Field
                key={side}
                label={t.answered(t.sides[side], p.answered[side], p.total)}
                validationState="none"
              >
                <ProgressBar value={p.total ? p.answered[side] / p.total : 0} thickness="medium" />
              </Field>
            ))}
          </div>
        ))}
      </div>
      {(["us", "them"] as const).map((side) => {
        const missing = missingDimensions(props.read[side], items);
        return (
          <Text key={side} aria-live="polite">
            {missing.length === 0
              ? t.complete(t.sides[side])
              : missing.length === DIMENSIONS.length
                ? t.nothingYet(t.sides[side])
                : t.missing(t.sides[side], missing.map(dimensionLabel).join(", "))}
          </Text>
        );
      })}
      <DimensionTable read={props.read} />
      <div className="cf-row">
        {props.mode === "excel" && (
          <Button onClick={() => void props.onRefresh()} disabled={props.busy}>
            {t.readScores}
          </Button>
        )}
        <Button appearance="primary" onClick={goNext} disabled={props.busy || next === null}>
          {t.next}
        </Button>
      </div>
      {next === null && <Text>{t.allAnswered}</Text>}
      <PrincipleCard item={shown} />
      {props.mode === "preview" && (
        <>
          <Tabs<StepId>
            tabs={STEPS.map((s) => ({ value: s.id, label: t.stepTab(s.number) }))}
            selected={step}
            onSelect={setStep}
            // Wraps like the pane's own tabs: four longer step names do not fit 320 px in one row.
            style={{ flexWrap: "wrap" }}
            aria-label={t.stepTabs}
          />
          <ScoreForm
            step={step}
            read={props.read}
            disabled={props.busy}
            onFocusItem={setCurrent}
            onSetScore={props.onSetScore}
          />
        </>
      )}
    </section>
  );
}
