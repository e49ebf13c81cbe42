import {
  Button,
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
import { useState, type FormEvent } from "react";
import {
  isIsoDate,
  isMonthsPerStep,
  MONTHS_PER_STEP_MAX,
  MONTHS_PER_STEP_MIN,
} from "../../core/input";
import { paneRoadmapTexts } from "../../core/texts/parts/pane-roadmap";
import { roadmapTexts } from "../../core/texts/parts/roadmap";
import { modelName } from "../../core/texts/method-words";
import { readableDate } from "../../core/texts/render";
import type { RoadmapRow } from "../../core/method/types";
import type { RoadmapSettings } from "../pane-state";

/** The roadmap form as typed (kept by the App so it survives a change of tab). */
export interface RoadmapDraft {
  startDate: string;
  months: string;
}

export interface RoadmapViewProps {
  roadmap: RoadmapRow[] | null;
  draft: RoadmapDraft;
  onDraftChange(draft: RoadmapDraft): void;
  /** The scores changed after the roadmap's recommendation was computed. */
  stale?: boolean;
  busy: boolean;
  onRegenerate(settings: RoadmapSettings): Promise<unknown>;
}

export const MONTHS_MIN = MONTHS_PER_STEP_MIN;
export const MONTHS_MAX = MONTHS_PER_STEP_MAX;

export function validateSettings(
  startDate: string,
  months: string
): { startDate?: string; months?: string } {
  const errors: { startDate?: string; months?: string } = {};
  const t = paneRoadmapTexts().errors;
  if (!isIsoDate(startDate)) errors.startDate = t.startDate;
  if (!isMonthsPerStep(Number(months))) errors.months = t.months(MONTHS_MIN, MONTHS_MAX);
  return errors;
}

export function RoadmapView(props: RoadmapViewProps) {
  const { startDate, months } = props.draft;
  const t = paneRoadmapTexts();
  const cadences = roadmapTexts().reviewCadences;
  const setStartDate = (value: string) => props.onDraftChange({ ...props.draft, startDate: value });
  const setMonths = (value: string) => props.onDraftChange({ ...props.draft, months: value });
  const [errors, setErrors] = useState<{ startDate?: string; months?: string }>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = validateSettings(startDate, months);
    setErrors(found);
    if (found.startDate || found.months) return;
    void props.onRegenerate({ startDate, monthsPerStep: Number(months) });
  };

  return (
    <section aria-labelledby="roadmap-heading" className="cf-stack">
      <h2 id="roadmap-heading" className="cf-heading" tabIndex={-1}>
        {t.heading}
      </h2>
      <Text>{t.intro}</Text>
      <form onSubmit={submit} noValidate className="cf-stack">
        <div className="cf-row">
          <Field label={t.startDate} validationMessage={errors.startDate} className="cf-grow">
            <Input type="date" value={startDate} onChange={(_, d) => setStartDate(d.value)} />
          </Field>
          <Field label={t.months} validationMessage={errors.months} className="cf-grow">
            <Input
              type="number"
              min={MONTHS_MIN}
              max={MONTHS_MAX}
              value={months}
              onChange={(_, d) => setMonths(d.value)}
            />
          </Field>
        </div>
        <Button type="submit" appearance="primary" disabled={props.busy || !props.roadmap}>
          {t.regenerate}
        </Button>
      </form>
      {props.roadmap && props.stale && <Text>{t.stale}</Text>}
      {!props.roadmap ? (
        <Text>{t.noRoadmap}</Text>
      ) : (
        <Table size="small" aria-label={t.table}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t.columns.phase}</TableHeaderCell>
              <TableHeaderCell style={{ width: "9em" }}>{t.columns.dates}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {props.roadmap.map((row, index) => (
              <TableRow key={`${index}-${row.phase}`}>
                <TableCell>
                  <div className="cf-cell">
                    <Text weight="semibold">{row.phase}</Text>
                    <Text size={200}>
                      {t.models(modelName(row.fromModel), modelName(row.toModel))}
                    </Text>
                    <Text size={200}>
                      {t.owner(t.owners[row.owner], cadences[row.reviewCadence])}
                    </Text>
                  </div>
                </TableCell>
                <TableCell>
                  <div className="cf-cell">
                    <Text size={200}>{readableDate(row.start)}</Text>
                    <Text size={200}>{t.to(readableDate(row.end))}</Text>
                  </div>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}
