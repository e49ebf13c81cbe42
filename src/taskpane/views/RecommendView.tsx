import {
  Badge,
  Button,
  Card,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Text,
} from "@fluentui/react-components";
import { THRESHOLDS } from "../../core/method";
import { modelLooksLike, modelName } from "../../core/texts/method-words";
import { confidenceText, marginText, reasonTexts } from "../../core/texts/render";
import type { WhatIfHint } from "../../core/method/types";
import { paneResultsTexts } from "../../core/texts/parts/pane-results";
import { dimensionLabel } from "../pane-model";
import type { PaneResult } from "../pane-state";

export interface RecommendViewProps {
  result: PaneResult | null;
  /** The scores changed after these results were computed. */
  stale?: boolean;
  busy: boolean;
  canUpdate: boolean;
  onUpdate(): Promise<unknown>;
  /** The Results sheet lacks its live formulas (a file written outside Excel). */
  liveOff?: boolean;
  onTurnOnLive?(): Promise<unknown>;
  /** The joint summary for the other party, from the results shown (when the port offers it). */
  onPrepareJoint?(): Promise<unknown>;
}

export function formatScore(value: number): string {
  return (Math.round(value * 10) / 10).toFixed(1);
}

/** Rounded as the engine rounds (two decimals), so the same figure reads the same in reasons and margins. */
function engineFigure(value: number): string {
  return String(Math.round(value * 100) / 100);
}

export function hintText(hint: WhatIfHint): string {
  const t = paneResultsTexts();
  return (hint.direction === "up" ? t.raising : t.lowering)(
    dimensionLabel(hint.dimension),
    engineFigure(hint.from),
    engineFigure(hint.to),
    modelName(hint.newTarget)
  );
}

function trustText(gap: number): string {
  const t = paneResultsTexts();
  return gap > 0 ? t.trustShort(engineFigure(gap)) : t.trustEnough(engineFigure(-gap));
}

export function RecommendView(props: RecommendViewProps) {
  const { result } = props;
  const rec = result?.recommendation;
  const t = paneResultsTexts();
  return (
    <section aria-labelledby="rec-heading" className="cf-stack">
      <h2 id="rec-heading" className="cf-heading" tabIndex={-1}>
        {t.heading}
      </h2>
      <Text>{t.intro}</Text>
      <Button
        appearance="primary"
        onClick={() => void props.onUpdate()}
        disabled={props.busy || !props.canUpdate}
      >
        {t.update}
      </Button>
      {!props.canUpdate && <Text>{t.createFirst}</Text>}
      {props.liveOff && props.onTurnOnLive && (
        <MessageBar intent="info">
          <MessageBarBody>{t.liveOff}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => void props.onTurnOnLive?.()} disabled={props.busy}>
              {t.turnOnLive}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {result && props.stale && (
        <MessageBar intent="warning">
          <MessageBarBody>{t.stale}</MessageBarBody>
        </MessageBar>
      )}
      {result && rec && (
        <div className="cf-stack" aria-live="polite">
          <Card className="cf-card" aria-label={t.models}>
            <Text>
              {t.target} <Text weight="semibold">{modelName(rec.targetModel)}</Text>
            </Text>
            <Text>
              {t.start} <Text weight="semibold">{modelName(rec.startModel)}</Text>
            </Text>
            <Text size={200}>{modelLooksLike(rec.targetModel)}</Text>
          </Card>
          <Card className="cf-card" aria-label={t.confidenceCard}>
            <Text>
              {t.confidence}{" "}
              <Badge
                appearance="tint"
                color={
                  rec.confidence === "high"
                    ? "success"
                    : rec.confidence === "medium"
                      ? "warning"
                      : "danger"
                }
              >
                {t.confidenceLevels[rec.confidence]}
              </Badge>
            </Text>
            <Text size={200}>{confidenceText(rec.confidence)}</Text>
            {rec.sensitive && (
              <MessageBar intent="warning">
                <MessageBarBody>
                  {t.sensitive(String(THRESHOLDS.sensitiveMarginBelow))}
                </MessageBarBody>
              </MessageBar>
            )}
            <ul aria-label={t.margins}>
              {rec.margins.map((m) => (
                <li key={m.of}>{marginText(m, rec)}</li>
              ))}
            </ul>
          </Card>
          <Card className="cf-card" aria-label={t.trustAndPower}>
            <Text>{trustText(rec.trustGap)}</Text>
            <Text>{t.power[rec.powerRegime]}</Text>
          </Card>
          <div>
            <h3 className="cf-subheading">{t.blockersHeading}</h3>
            {rec.partnershipBlockers.length === 0 ? (
              <Text>{t.noBlockers}</Text>
            ) : (
              <div className="cf-row cf-wrap" role="list" aria-label={t.blockers}>
                {rec.partnershipBlockers.map((b) => (
                  <Badge key={b} appearance="tint" color="warning" role="listitem">
                    {dimensionLabel(b)}
                  </Badge>
                ))}
              </div>
            )}
          </div>
          {rec.perceptionGaps.length > 0 && (
            <div>
              <h3 className="cf-subheading">{t.gapsHeading}</h3>
              <ul>
                {rec.perceptionGaps.map((g) => (
                  <li key={g.dimension}>
                    {t.gap(dimensionLabel(g.dimension), formatScore(g.us), formatScore(g.them))}
                  </li>
                ))}
              </ul>
            </div>
          )}
          <div>
            <h3 className="cf-subheading">{t.reasonsHeading}</h3>
            <ol>
              {reasonTexts(rec)
                .slice(0, 3)
                .map((r) => (
                  <li key={r}>{r}</li>
                ))}
            </ol>
            <Text size={200}>{t.drivers(rec.drivers.map(dimensionLabel).join(", "))}</Text>
          </div>
          <div>
            <h3 className="cf-subheading">{t.hintsHeading}</h3>
            {result.hints.length === 0 ? (
              <Text>{t.noHints}</Text>
            ) : (
              <ul>
                {result.hints.map((h) => (
                  <li key={`${h.dimension}-${h.direction}`}>{hintText(h)}</li>
                ))}
              </ul>
            )}
          </div>
          {result.notes.map((n) => (
            <Text key={n} size={200}>
              {n}
            </Text>
          ))}
          {props.onPrepareJoint && (
            <div>
              <h3 className="cf-subheading">{t.shareHeading}</h3>
              <Text>{t.shareHelp}</Text>
              <Button
                onClick={() => void props.onPrepareJoint?.()}
                disabled={props.busy || props.stale}
              >
                {t.prepareJoint}
              </Button>
            </div>
          )}
        </div>
      )}
    </section>
  );
}
