import {
  Badge,
  Button,
  Card,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Text,
} from "@fluentui/react-components";
import { THRESHOLDS, confidenceText, marginText, modelById } from "../../core/method";
import type { PowerRegime, WhatIfHint } from "../../core/method/types";
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

const POWER_TEXT: Record<PowerRegime, string> = {
  interdependence: "Interdependence: both sides rely heavily on each other.",
  "buyer-dominance": "Buyer dominance: the customer holds most of the power.",
  "supplier-dominance": "Supplier dominance: the supplier holds most of the power.",
  independence: "Independence: either side could walk away with little harm.",
  balanced: "Balanced: neither side dominates.",
};

export function formatScore(value: number): string {
  return (Math.round(value * 10) / 10).toFixed(1);
}

/** Rounded as the engine rounds (two decimals), so the same figure reads the same in reasons and margins. */
function engineFigure(value: number): string {
  return String(Math.round(value * 100) / 100);
}

export function hintText(hint: WhatIfHint): string {
  const verb = hint.direction === "up" ? "Raising" : "Lowering";
  return `${verb} ${dimensionLabel(hint.dimension)} from ${engineFigure(hint.from)} to ${engineFigure(hint.to)} would make the target ${modelById(hint.newTarget).name}.`;
}

function trustText(gap: number): string {
  if (gap > 0) return `Trust falls ${engineFigure(gap)} short of what the target needs.`;
  return `Trust is sufficient for the target (margin ${engineFigure(-gap)}).`;
}

export function RecommendView(props: RecommendViewProps) {
  const { result } = props;
  const rec = result?.recommendation;
  return (
    <section aria-labelledby="rec-heading" className="cf-stack">
      <h2 id="rec-heading" className="cf-heading" tabIndex={-1}>
        Recommendation
      </h2>
      <Text>
        Reads every score, then writes the Results and Roadmap sheets and shows the outcome here.
      </Text>
      <Button
        appearance="primary"
        onClick={() => void props.onUpdate()}
        disabled={props.busy || !props.canUpdate}
      >
        Update results
      </Button>
      {!props.canUpdate && <Text>Create the assessment sheets first (New tab).</Text>}
      {props.liveOff && props.onTurnOnLive && (
        <MessageBar intent="info">
          <MessageBarBody>
            The Results sheet&apos;s live formulas are off: this workbook was written outside Excel
            (command line, questionnaire import or an older file). Turn them on, or update results,
            to have Excel recalculate them.
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => void props.onTurnOnLive?.()} disabled={props.busy}>
              Turn on live formulas
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {result && props.stale && (
        <MessageBar intent="warning">
          <MessageBarBody>
            Scores have changed since these results were computed: update results to see the
            recommendation for the current scores.
          </MessageBarBody>
        </MessageBar>
      )}
      {result && rec && (
        <div className="cf-stack" aria-live="polite">
          <Card className="cf-card" aria-label="Models">
            <Text>
              Target model: <Text weight="semibold">{modelById(rec.targetModel).name}</Text>
            </Text>
            <Text>
              Start with: <Text weight="semibold">{modelById(rec.startModel).name}</Text>
            </Text>
            <Text size={200}>{modelById(rec.targetModel).looksLike}</Text>
          </Card>
          <Card className="cf-card" aria-label="Confidence and margins">
            <Text>
              Confidence:{" "}
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
                {rec.confidence}
              </Badge>
            </Text>
            <Text size={200}>{confidenceText(rec.confidence)}</Text>
            {rec.sensitive && (
              <MessageBar intent="warning">
                <MessageBarBody>
                  Sensitive result: a change of less than {THRESHOLDS.sensitiveMarginBelow} on one
                  dimension would change it. Check those scores before deciding.
                </MessageBarBody>
              </MessageBar>
            )}
            <ul aria-label="Margins">
              {rec.margins.map((m) => (
                <li key={m.of}>{marginText(m, rec)}</li>
              ))}
            </ul>
          </Card>
          <Card className="cf-card" aria-label="Trust and power">
            <Text>{trustText(rec.trustGap)}</Text>
            <Text>{POWER_TEXT[rec.powerRegime]}</Text>
          </Card>
          <div>
            <h3 className="cf-subheading">What stands in the way of a partnership</h3>
            {rec.partnershipBlockers.length === 0 ? (
              <Text>Nothing: every partnership criterion holds.</Text>
            ) : (
              <div className="cf-row cf-wrap" role="list" aria-label="Partnership blockers">
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
              <h3 className="cf-subheading">Where the two sides see it differently</h3>
              <ul>
                {rec.perceptionGaps.map((g) => (
                  <li key={g.dimension}>
                    {dimensionLabel(g.dimension)}: us {formatScore(g.us)}, them{" "}
                    {formatScore(g.them)}
                  </li>
                ))}
              </ul>
            </div>
          )}
          <div>
            <h3 className="cf-subheading">Main reasons</h3>
            <ol>
              {rec.reasons.slice(0, 3).map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ol>
            <Text size={200}>Driven most by: {rec.drivers.map(dimensionLabel).join(", ")}.</Text>
          </div>
          <div>
            <h3 className="cf-subheading">What would change the outcome</h3>
            {result.hints.length === 0 ? (
              <Text>No single change of one dimension moves the target.</Text>
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
              <h3 className="cf-subheading">Share with the other party</h3>
              <Text>
                After the joint workshop: both sides&apos; scores, the gaps and the shared actions,
                without your answers, notes, evidence or names.
              </Text>
              <Button
                onClick={() => void props.onPrepareJoint?.()}
                disabled={props.busy || props.stale}
              >
                Prepare joint summary
              </Button>
            </div>
          )}
        </div>
      )}
    </section>
  );
}
