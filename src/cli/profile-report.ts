/**
 * Output of `collabfit recommend`: the readable report and the JSON object. Shared by every input
 * branch of the command (a profile JSON file or an assessment workbook).
 */
import {
  DIMENSION_KEYS,
  buildRoadmap,
  dimensionByKey,
  modelById,
  recommend,
  segmentation,
  validateProfile,
  PREFERENCING_LABELS,
  SEGMENT_LABELS,
  type Segmentation,
  whatIf,
  type Profile,
  type Recommendation,
  type RoadmapRow,
  type WhatIfHint,
} from "../core/method";
import { confidenceText, marginsText, reasonTexts, regimeText } from "../core/texts/render";

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
    actions: r.actions,
    effective: r.effective,
    whatIf: result.hints,
    roadmap: result.roadmap,
    profitImpact: result.profile.profitImpact ?? null,
    segment: result.segmentation.segment,
    preferencing: result.segmentation.preferencing,
    mismatch: result.segmentation.mismatch,
  };
}

function num(x: number): string {
  return String(Math.round(x * 100) / 100);
}

/** The readable report: plain text, one fact a line, no colours (safe to pipe). */
export function formatReport(result: RecommendResult): string {
  const r = result.recommendation;
  const name = (id: Recommendation["targetModel"]) => `${modelById(id).name} [${id}]`;
  const lines: string[] = [];
  if (result.profile.name) lines.push(result.profile.name, "");
  lines.push(
    `Perspective:   we are the ${r.perspective}${result.profile.them ? " (both sides scored)" : " (one side scored)"}`,
    `Target model:  ${name(r.targetModel)}`,
    `Start model:   ${name(r.startModel)}  (Minimal Viable Relationship)`,
    `Trust gap:     ${num(r.trustGap)}${r.trustGap > 0 ? " (shortfall)" : " (none)"}`,
    `Power regime:  ${regimeText(r.powerRegime)}`,
    `Confidence:    ${confidenceText(r.confidence)}`,
    `Rules fired:   ${r.rulesFired.join(", ")}`,
    `Drivers:       ${r.drivers.map((k) => dimensionByKey(k).label).join(", ")}`,
    `Partnership blockers: ${r.partnershipBlockers.length ? r.partnershipBlockers.join(", ") : "none"}`
  );
  const seg = result.segmentation;
  lines.push(
    `Segment:       ${seg.segment ? SEGMENT_LABELS[seg.segment] : "none (no profit impact given)"}`
  );
  if (seg.preferencing)
    lines.push(`How they likely see us: ${PREFERENCING_LABELS[seg.preferencing]}`);
  if (seg.mismatch) lines.push(`Mismatch:      ${seg.mismatch.reason}`);
  if (r.perceptionGaps.length) {
    lines.push("Perception gaps:");
    for (const g of r.perceptionGaps)
      lines.push(`  - ${g.dimension}: us ${num(g.us)}, them ${num(g.them)}`);
  }
  lines.push("", "Scores used:");
  for (const k of DIMENSION_KEYS)
    lines.push(`  ${dimensionByKey(k).label.padEnd(24)} ${num(r.effective[k])}`);
  lines.push("", "Why:");
  for (const reason of reasonTexts(r)) lines.push(`  - ${reason}`);
  lines.push("", "Margins:");
  for (const m of marginsText(r).split("\n")) lines.push(`  - ${m}`);
  if (r.actions.length) {
    lines.push("", "Actions:");
    for (const a of r.actions) lines.push(`  - ${a}`);
  }
  if (result.hints.length) {
    lines.push("", "What would change the target (nearest half-point, one dimension at a time):");
    for (const h of result.hints.slice(0, 5)) {
      lines.push(`  - ${h.dimension} ${num(h.from)} -> ${num(h.to)}: ${h.newTarget}`);
    }
  }
  lines.push("", "Roadmap:");
  for (const row of result.roadmap) {
    const models =
      row.fromModel === row.toModel ? row.fromModel : `${row.fromModel} -> ${row.toModel}`;
    lines.push(
      `  ${row.start} .. ${row.end}  ${row.phase}  [${models}; ${row.owner}; ${row.reviewCadence} reviews]`
    );
    for (const a of row.actions) lines.push(`      * ${a}`);
    lines.push(`      KPI: ${row.kpi}`, `      Exit: ${row.exitTrigger}`);
  }
  lines.push("", "Method: Joost van Boeschoten (NextSales, 2020), as implemented by CollabFit.");
  return lines.join("\n") + "\n";
}
