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
import { paneUpgradeTexts } from "../../core/texts/parts/pane-upgrade";
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
  const t = paneUpgradeTexts();

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
          <MessageBarTitle>{t.doneTitle(done.to)}</MessageBarTitle>
          {done.delivered === "opened"
            ? t.doneOpened
            : t.doneDownloaded(done.file?.fileName ?? "")}{" "}
          {t.toAnswer(done.toAnswer.length)}
          <ul aria-label={t.toAnswerList}>
            {done.toAnswer.map((q) => (
              <li key={q.id}>{t.question(q.id, q.sheet, q.question)}</li>
            ))}
          </ul>
        </MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t.title}</MessageBarTitle>
        {t.body(props.from, ITEM_SET_VERSION)}
        {error && <div role="alert">{t.failed(error)}</div>}
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={() => void run()} disabled={props.busy || working}>
          {t.action(ITEM_SET_VERSION)}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
