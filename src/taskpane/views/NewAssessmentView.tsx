import {
  Button,
  Field,
  Input,
  Radio,
  RadioGroup,
  useRestoreFocusTarget,
} from "@fluentui/react-components";
import { useState, type FormEvent } from "react";
import { isIsoDate } from "../../core/input";
import {
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "../lazy-fluent";
import { PERSPECTIVES, type Perspective } from "../../core/method/types";
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

const PERSPECTIVE_LABELS: Record<Perspective, string> = {
  customer: "We are the customer",
  supplier: "We are the supplier",
};

/** Field errors keyed by field; an empty object means the form can be submitted. */
export function validateMeta(meta: PaneMeta): Partial<Record<FieldName, string>> {
  const errors: Partial<Record<FieldName, string>> = {};
  if (!meta.title.trim())
    errors.title = "Give the relationship a title, e.g. “Facilities contract 2026”.";
  if (!meta.us.trim()) errors.us = "Name our organisation.";
  if (!meta.them.trim()) errors.them = "Name the other party.";
  if (!isIsoDate(meta.date)) {
    errors.date = "Enter a date as YYYY-MM-DD.";
  }
  return errors;
}

export function NewAssessmentView(props: NewAssessmentProps) {
  const { meta } = props;
  // Closing the dialog without a choice puts focus back on the button that opened it.
  const restoreFocusTarget = useRestoreFocusTarget();
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
        New assessment
      </h2>
      {/* Styled like Fluent's Text (taskpane.html): its code stays out of the first view's chunk. */}
      <span className="cf-text">
        Describe the relationship; the pane then adds the assessment sheets to this workbook.
      </span>
      <Field label="Relationship title" required validationMessage={errors.title}>
        <Input value={meta.title} onChange={(_, data) => update("title")(data.value)} />
      </Field>
      <Field label="Our organisation" required validationMessage={errors.us}>
        <Input value={meta.us} onChange={(_, data) => update("us")(data.value)} />
      </Field>
      <Field label="Other party" required validationMessage={errors.them}>
        <Input value={meta.them} onChange={(_, data) => update("them")(data.value)} />
      </Field>
      <Field label="Our perspective">
        <RadioGroup
          value={meta.perspective}
          onChange={(_, data) => update("perspective")(data.value)}
          aria-label="Our perspective"
        >
          {PERSPECTIVES.map((p) => (
            <Radio key={p} value={p} label={PERSPECTIVE_LABELS[p]} />
          ))}
        </RadioGroup>
      </Field>
      <Field label="Assessment date" required validationMessage={errors.date}>
        <Input type="date" value={meta.date} onChange={(_, data) => update("date")(data.value)} />
      </Field>
      <Field label="Assessors" hint="Names, separated by commas">
        <Input value={meta.assessors} onChange={(_, data) => update("assessors")(data.value)} />
      </Field>
      <Button appearance="primary" type="submit" disabled={disabled} {...restoreFocusTarget}>
        Create assessment sheets
      </Button>

      <Dialog open={clash !== null} onOpenChange={(_, data) => !data.open && setClash(null)}>
        <DialogSurface aria-describedby="clash-text">
          <DialogBody>
            <DialogTitle>An assessment is already here</DialogTitle>
            <DialogContent id="clash-text">
              This workbook already has assessment sheets ({(clash ?? []).join(", ")}). Open them to
              carry on, or start the new assessment in a workbook of its own.{" "}
              {props.mode === "preview"
                ? "The preview holds one workbook at a time: the current one is downloaded first."
                : "Nothing existing is overwritten."}
            </DialogContent>
            <DialogActions>
              <Button
                appearance="primary"
                onClick={() => {
                  setClash(null);
                  void props.onOpenExisting(meta);
                }}
              >
                Open existing sheets
              </Button>
              <Button
                onClick={() => {
                  setClash(null);
                  void props.onCreate(meta, "newWorkbook");
                }}
              >
                Create in a new workbook
              </Button>
              <Button appearance="subtle" onClick={() => setClash(null)}>
                Cancel
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </form>
  );
}
