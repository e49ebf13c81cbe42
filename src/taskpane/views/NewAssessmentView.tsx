import { Button, Field, Input, Radio, RadioGroup } from "@fluentui/react-components";
import { useRef, useState, type FormEvent } from "react";
import { isIsoDate } from "../../core/input";
import { paneTexts } from "../../core/texts/parts/pane";
import {
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  ReturnFocusOnClose,
} from "../lazy-fluent";
import { PERSPECTIVES } from "../../core/method/types";
import type { PaneMeta } from "../workbook-port";

export interface NewAssessmentProps {
  /** The form as typed (kept by the App so it survives a change of tab). */
  meta: PaneMeta;
  onMetaChange(meta: PaneMeta): void;
  mode: "excel" | "preview";
  busy: boolean;
  /** Set when the host is too old: creating would fail half-way. */
  blockedReason?: string;
  existingSheets(): Promise<string[]>;
  onCreate(meta: PaneMeta, target?: "here" | "newWorkbook"): Promise<unknown>;
  onOpenExisting(meta: PaneMeta): Promise<unknown>;
  /** Errors from looking for existing sheets go to the pane's MessageBar. */
  onError(error: unknown): void;
}

type FieldName = "title" | "us" | "them" | "date";

/** Field errors keyed by field; an empty object means the form can be submitted. */
export function validateMeta(meta: PaneMeta): Partial<Record<FieldName, string>> {
  const errors: Partial<Record<FieldName, string>> = {};
  const t = paneTexts().newView.errors;
  if (!meta.title.trim()) errors.title = t.title;
  if (!meta.us.trim()) errors.us = t.us;
  if (!meta.them.trim()) errors.them = t.them;
  if (!isIsoDate(meta.date)) errors.date = t.date;
  return errors;
}

export function NewAssessmentView(props: NewAssessmentProps) {
  const { meta } = props;
  const t = paneTexts().newView;
  // Closing the dialog without a choice puts focus back on the button that opened it.
  const createButton = useRef<HTMLButtonElement>(null);
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [clash, setClash] = useState<string[] | null>(null);
  const [checking, setChecking] = useState(false);
  const disabled = props.busy || checking || Boolean(props.blockedReason);

  const update = (field: keyof PaneMeta) => (value: string) =>
    props.onMetaChange({ ...meta, [field]: value });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validateMeta(meta);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setChecking(true);
    let existing: string[];
    try {
      existing = await props.existingSheets();
    } catch (error) {
      props.onError(error);
      return;
    } finally {
      setChecking(false);
    }
    if (existing.length > 0) setClash(existing);
    else await props.onCreate(meta);
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="new-heading" className="cf-stack">
      <h2 id="new-heading" className="cf-heading" tabIndex={-1}>
        {t.heading}
      </h2>
      {/* Styled like Fluent's Text (taskpane.html): its code stays out of the first view's chunk. */}
      <span className="cf-text">{t.intro}</span>
      <Field label={t.title} required validationMessage={errors.title}>
        <Input value={meta.title} onChange={(_, data) => update("title")(data.value)} />
      </Field>
      <Field label={t.us} required validationMessage={errors.us}>
        <Input value={meta.us} onChange={(_, data) => update("us")(data.value)} />
      </Field>
      <Field label={t.them} required validationMessage={errors.them}>
        <Input value={meta.them} onChange={(_, data) => update("them")(data.value)} />
      </Field>
      <Field label={t.perspective}>
        <RadioGroup
          value={meta.perspective}
          onChange={(_, data) => update("perspective")(data.value)}
          aria-label={t.perspective}
        >
          {PERSPECTIVES.map((p) => (
            <Radio key={p} value={p} label={t.perspectives[p]} />
          ))}
        </RadioGroup>
      </Field>
      <Field label={t.date} required validationMessage={errors.date}>
        <Input type="date" value={meta.date} onChange={(_, data) => update("date")(data.value)} />
      </Field>
      <Field label={t.assessors} hint={t.assessorsHint}>
        <Input value={meta.assessors} onChange={(_, data) => update("assessors")(data.value)} />
      </Field>
      <Button appearance="primary" type="submit" disabled={disabled} ref={createButton}>
        {t.create}
      </Button>

      <Dialog open={clash !== null} onOpenChange={(_, data) => !data.open && setClash(null)}>
        <DialogSurface aria-describedby="clash-text">
          <DialogBody>
            <ReturnFocusOnClose to={createButton} />
            <DialogTitle>{t.clashTitle}</DialogTitle>
            <DialogContent id="clash-text">
              {t.clashBody((clash ?? []).join(", "))}{" "}
              {props.mode === "preview" ? t.clashPreview : t.clashExcel}
            </DialogContent>
            <DialogActions>
              <Button
                appearance="primary"
                onClick={() => {
                  setClash(null);
                  void props.onOpenExisting(meta);
                }}
              >
                {t.openExisting}
              </Button>
              <Button
                onClick={() => {
                  setClash(null);
                  void props.onCreate(meta, "newWorkbook");
                }}
              >
                {t.createNew}
              </Button>
              <Button appearance="subtle" onClick={() => setClash(null)}>
                {t.cancel}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </form>
  );
}
