/**
 * The offer shown while the open workbook is on an older question set: upgrade it into a NEW
 * workbook (Excel opens it; the preview downloads it), then list what must be answered again.
 * The open workbook is never changed. State stays here: no other view needs it.
 */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { useState } from "react";
import { ITEM_SET_VERSION } from "../../core/method";
import { saveFile } from "../use-pane";
import type { ItemSetUpgradeOutcome, WorkbookPort } from "../workbook-port";

export interface UpgradeOfferProps {
  port: WorkbookPort;
  /** The question set the open workbook names. */
  from: string;
  busy: boolean;
}

export function UpgradeOffer(props: UpgradeOfferProps) {
  const [working, setWorking] = useState(false);
  const [done, setDone] = useState<ItemSetUpgradeOutcome | null>(null);
  const [error, setError] = useState<string | null>(null);
  const upgrade = props.port.upgradeItemSet;
  if (!upgrade) return null;

  const run = async () => {
    setWorking(true);
    setError(null);
    try {
      const out = await upgrade.call(props.port);
      if (out.file) saveFile(out.file);
      setDone(out);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setWorking(false);
    }
  };

  if (done) {
    return (
      <MessageBar intent="success" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>Upgraded to question set {done.to}</MessageBarTitle>
          {done.delivered === "opened"
            ? "The new workbook is open in Excel; this one is unchanged."
            : `The new workbook was downloaded as "${done.file?.fileName ?? ""}"; this one is unchanged.`}{" "}
          Answers to unchanged questions were carried over. Answer these {done.toAnswer.length}{" "}
          questions again for both sides (send the other party a new questionnaire from the new
          workbook); its CF Upgrade sheet lists them too:
          <ul aria-label="Questions to answer again">
            {done.toAnswer.map((t) => (
              <li key={t.id}>
                {t.id} ({t.sheet}): {t.question}
              </li>
            ))}
          </ul>
        </MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Older question set</MessageBarTitle>
        This workbook uses question set {props.from}; the current set is {ITEM_SET_VERSION}, where
        questions that asked two things are split and one-sided ones reworded. It keeps working as it
        is. Upgrading makes a new workbook with the answers to unchanged questions carried over and
        a list of those to answer again; this workbook is not changed.
        {error && <div role="alert">The upgrade failed: {error}</div>}
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={() => void run()} disabled={props.busy || working}>
          Upgrade to question set {ITEM_SET_VERSION}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
