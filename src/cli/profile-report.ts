/**
 * Output of `collabfit recommend`: the readable report and the JSON object. Shared by every input
 * branch of the command (a profile JSON file or an assessment workbook).
 */
import {
  DIMENSION_KEYS,
  recommend,
  segmentation,
  validateProfile,
  type Segmentation,
  whatIf,
  type Profile,
  type Recommendation,
  type RoadmapRow,
  type WhatIfHint,
} from "../core/method";
import { cliTexts } from "../core/texts/parts/cli";
import {
  dimensionLabel,
  mismatchText,
  modelName,
  preferencingLabel,
  segmentLabel,
} from "../core/texts/method-words";
import { buildRoadmap } from "../core/texts/roadmap-words";
import {
  actionTexts,
  confidenceText,
  figure,
  labelList,
  marginsText,
  readableDate,
  reasonTexts,
  regimeText,
} from "../core/texts/render";

export interface RecommendResult {
  profile: Profile;
  recommendation: Recommendation;
  roadmap: RoadmapRow[];
  hints: WhatIfHint[];
  /** Portfolio segment, supplier preferencing and mismatch (METHOD.md "Portfolio segmentation"). */
  segmentation: Segmentation;
}

/** Validates raw input (throws ProfileError) and runs the engine. */
export function recommendFromProfile(input: unknown, startDate: string): RecommendResult {
  const profile = validateProfile(input);
  const recommendation = recommend(profile);
  const roadmap = buildRoadmap(profile, recommendation, { startDate });
  return {
    profile,
    recommendation,
    roadmap,
    hints: whatIf(profile),
    segmentation: segmentation(profile, recommendation),
  };
}

/** One JSON object: every Recommendation field, plus roadmap and what-if hints. */
export function toJson(result: RecommendResult): Record<string, unknown> {
  const r = result.recommendation;
  return {
    ...(result.profile.name !== undefined ? { name: result.profile.name } : {}),
    perspective: r.perspective,
    targetModel: r.targetModel,
    startModel: r.startModel,
    trustGap: r.trustGap,
    powerRegime: r.powerRegime,
    partnershipBlockers: r.partnershipBlockers,
    perceptionGaps: r.perceptionGaps,
    rulesFired: r.rulesFired,
    drivers: r.drivers,
    // English sentences and the rule behind each (the JSON contract); `because` has the figures.
    reasons: reasonTexts(r),
    reasonRules: r.reasons.map((x) => x.rule),
    because: r.reasons,
    confidence: r.confidence,
    margins: r.margins,
    sensitive: r.sensitive,
    actions: actionTexts(r),
    effective: r.effective,
    whatIf: result.hints,
    roadmap: result.roadmap,
    profitImpact: result.profile.profitImpact ?? null,
    segment: result.segmentation.segment,
    preferencing: result.segmentation.preferencing,
    mismatch: mismatchJson(result.segmentation.mismatch),
  };
}

/** A mismatch in the JSON: the usual model and the reason in words. */
function mismatchJson(m: Segmentation["mismatch"]): { usual: string; reason: string } | null {
  return m && { usual: m.usual, reason: mismatchText(m) };
}

/** The readable report: plain text, one fact a line, no colours (safe to pipe). */
export function formatReport(result: RecommendResult): string {
  const r = result.recommendation;
  const t = cliTexts().report;
  const lines: string[] = [];
  if (result.profile.name) lines.push(result.profile.name, "");
  lines.push(
    `${t.perspective(r.perspective)} ${result.profile.them ? t.bothScored : t.oneScored}`,
    t.target(modelName(r.targetModel)),
    t.start(modelName(r.startModel)),
    `${t.trustGap(figure(r.trustGap))} ${r.trustGap > 0 ? t.shortfall : t.noShortfall}`,
    t.regime(regimeText(r.powerRegime)),
    t.confidence(confidenceText(r.confidence)),
    // The rules fired are worded one by one under "Why" (their codes stay in --json).
    t.drivers(r.drivers.map(dimensionLabel).join(", ")),
    t.blockers(labelList(r.partnershipBlockers))
  );
  const seg = result.segmentation;
  lines.push(t.segment(seg.segment ? segmentLabel(seg.segment) : t.noSegment));
  if (seg.preferencing) lines.push(t.preferencing(preferencingLabel(seg.preferencing)));
  if (seg.mismatch) lines.push(t.mismatch(mismatchText(seg.mismatch)));
  if (r.perceptionGaps.length) {
    lines.push(t.perceptionGaps);
    for (const g of r.perceptionGaps)
      lines.push(`  - ${t.gap(dimensionLabel(g.dimension), figure(g.us), figure(g.them))}`);
  }
  lines.push("", t.scores);
  for (const k of DIMENSION_KEYS)
    lines.push(`  ${dimensionLabel(k).padEnd(24)} ${figure(r.effective[k])}`);
  lines.push("", t.why);
  for (const reason of reasonTexts(r)) lines.push(`  - ${reason}`);
  lines.push("", t.margins);
  for (const m of marginsText(r).split("\n")) lines.push(`  - ${m}`);
  if (r.actions.length) {
    lines.push("", t.actions);
    for (const a of actionTexts(r)) lines.push(`  - ${a}`);
  }
  if (result.hints.length) {
    lines.push("", t.whatIf);
    for (const h of result.hints.slice(0, 5)) {
      const change = [dimensionLabel(h.dimension), figure(h.from), figure(h.to)] as const;
      lines.push(`  - ${t.whatIfChange(...change, modelName(h.newTarget))}`);
    }
  }
  lines.push("", t.roadmap);
  for (const row of result.roadmap) {
    const from = modelName(row.fromModel);
    const models = row.fromModel === row.toModel ? from : t.models(from, modelName(row.toModel));
    const [start, end] = [readableDate(row.start), readableDate(row.end)];
    const [owner, reviews] = [t.owners[row.owner], t.reviews[row.reviewCadence]];
    lines.push(`  ${t.phase(start, end, row.phase, models, owner, reviews)}`);
    for (const a of row.actions) lines.push(`      * ${a}`);
    lines.push(`      ${t.kpi(row.kpi)}`, `      ${t.exit(row.exitTrigger)}`);
  }
  lines.push("", t.method);
  return lines.join("\n") + "\n";
}
