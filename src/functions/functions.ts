/// <reference types="custom-functions-runtime" />
/**
 * The COLLAB.* worksheet functions as Excel registers them: the JSDoc below is what
 * custom-functions-metadata turns into functions.json and what Excel shows in formula autocomplete.
 * Ids are written without the namespace: the manifest adds "COLLAB.".
 * Excel wants every id associated as this script runs (the metadata plugin appends the
 * CustomFunctions.associate calls; one made after an await fails the first call with #VALUE!), but
 * the pane's page should not wait for the engine: so each function here only hands its arguments
 * to compute.ts, loaded on the first call or once the pane is interactive (load.ts). Until then a
 * call returns a Promise of what it returns afterwards, as Excel allows any custom function to;
 * each result type is written in the JSDoc (returns tag) because the TypeScript type is
 * "value or Promise", which the metadata would read as any.
 */
import { withEngine } from "./load";

/**
 * The collaboration model to aim for, from a relationship's dimension scores (the method's target model).
 * @customfunction MODEL
 * @param scores Two columns: dimension key or label, score 1-5 (blank and N/A are ignored), e.g. CF_OurScores. A third column may hold the other party's scores.
 * @param [their_scores] The other party's scores: one column aligned with scores (e.g. CF_TheirScores) or two columns like scores. Leave out for a one-sided assessment.
 * @param [perspective] "customer" (default) or "supplier": which side we are.
 * @returns {string} The target model's name.
 */
export function model(scores: unknown[][], their_scores?: unknown[][], perspective?: unknown) {
  return withEngine((e) => e.model(scores, their_scores, perspective));
}

/**
 * The model to start with now (the Minimal Viable Relationship), which can be below the target while trust grows.
 * @customfunction START
 * @param scores Two columns: dimension key or label, score 1-5 (blank and N/A are ignored), e.g. CF_OurScores.
 * @param [their_scores] The other party's scores: one column aligned with scores, or two columns like scores.
 * @param [perspective] "customer" (default) or "supplier": which side we are.
 * @returns {string} The start model's name.
 */
export function start(scores: unknown[][], their_scores?: unknown[][], perspective?: unknown) {
  return withEngine((e) => e.start(scores, their_scores, perspective));
}

/**
 * Why the method recommends what it does: target and start model, trust gap, power regime, the rules that fired with their reasons, partnership blockers, perception gaps, drivers and actions.
 * @customfunction EXPLAIN
 * @param scores Two columns: dimension key or label, score 1-5 (blank and N/A are ignored), e.g. CF_OurScores.
 * @param [their_scores] The other party's scores: one column aligned with scores, or two columns like scores.
 * @param [perspective] "customer" (default) or "supplier": which side we are.
 * @returns {string[][]} A column of explanation lines (spills down).
 */
export function explain(scores: unknown[][], their_scores?: unknown[][], perspective?: unknown) {
  return withEngine((e) => e.explain(scores, their_scores, perspective));
}

/**
 * Trust gap: the trust a model requires minus the trust there is (positive = shortfall).
 * @customfunction TRUSTGAP
 * @param model_or_required A model id or name (e.g. "collaborative") or the required trust as a number 1-5.
 * @param actual_trust The trust score there is, 1-5.
 * @returns {number} Required minus actual trust.
 */
export function trustGap(model_or_required: unknown, actual_trust: unknown) {
  return withEngine((e) => e.trustGap(model_or_required, actual_trust));
}

/**
 * The balance of power between the two sides, from the two dependencies.
 * @customfunction POWER
 * @param our_dependence Our dependence on the other party, 1-5.
 * @param their_dependence The other party's dependence on us, 1-5.
 * @param [perspective] "customer" (default) or "supplier": which side we are (names who dominates).
 * @returns {string} interdependence, buyer-dominance, supplier-dominance, independence or balanced.
 */
export function power(our_dependence: unknown, their_dependence: unknown, perspective?: unknown) {
  return withEngine((e) => e.power(our_dependence, their_dependence, perspective));
}

/**
 * How far the two sides agree: 1 - mean |our score - their score| / 4, over the dimensions both sides scored (the other side's dependencies are swapped so the same fact is compared). 100% = identical views.
 * @customfunction ALIGNMENT
 * @param our_scores Our scores: two columns (dimension key or label, score), or item id and answer.
 * @param their_scores The other party's scores: one column aligned with our_scores, or two columns like it.
 * @returns {number} Agreement from 0 to 1 (format the cell as a percentage).
 */
export function alignment(our_scores: unknown[][], their_scores: unknown[][]) {
  return withEngine((e) => e.alignment(our_scores, their_scores));
}

/**
 * Where the two sides see the relationship differently: the dimensions (or items) whose scores differ by at least the threshold.
 * @customfunction GAPS
 * @param our Our scores: two columns (dimension key or label, score), or (item id, answer).
 * @param their The other party's scores: one column aligned with our, or two columns like it.
 * @param [threshold] Smallest difference reported; default 1.5 for dimensions, 2 for items.
 * @returns {unknown[][]} A table with headers (spills): dimension or item, our score, their score, difference.
 */
export function gaps(our: unknown[][], their: unknown[][], threshold?: unknown) {
  return withEngine((e) => e.gaps(our, their, threshold));
}

/**
 * The method's weighted mean of scores: N/A and blank cells are left out, weights default to 1.
 * @customfunction SCORE
 * @param scores Cells holding scores 1-5, N/A or nothing (any shape).
 * @param [weights] One weight per score cell, same shape as scores (0 or more; blank = 1).
 * @returns {number} The weighted mean of the answered scores.
 */
export function score(scores: unknown[][], weights?: unknown[][]) {
  return withEngine((e) => e.score(scores, weights));
}

/**
 * A development roadmap from one model to another: baseline, Minimal Viable Relationship, one phase per level step, re-assessment.
 * @customfunction ROADMAP
 * @param model_from The model to start from (id or name), e.g. the result of COLLAB.START.
 * @param model_to The target model (id or name), e.g. the result of COLLAB.MODEL.
 * @param start_date The first day: a date cell or ISO text "YYYY-MM-DD".
 * @param [months_per_step] Months per level step, whole number 1-36 (default 3).
 * @param [perspective] "customer" (default) or "supplier": which side we are.
 * @returns {string[][]} A table with headers (spills); dates are ISO text YYYY-MM-DD.
 */
export function roadmap(
  model_from: unknown,
  model_to: unknown,
  start_date: unknown,
  months_per_step?: unknown,
  perspective?: unknown
) {
  return withEngine((e) =>
    e.roadmap(model_from, model_to, start_date, months_per_step, perspective)
  );
}

/**
 * One of the method's nine principles, in the project's own words.
 * @customfunction PRINCIPLE
 * @param id_or_number The principle: "P1" to "P9", or 1 to 9.
 * @param [field] "theme" (default), "observation", "guidance", "step" or "id".
 * @returns {string} The requested text.
 */
export function principle(id_or_number: unknown, field?: unknown) {
  return withEngine((e) => e.principle(id_or_number, field));
}

/**
 * The relationship's portfolio segment: Kraljic quadrant when we are the customer, key-account quadrant when we are the supplier.
 * @customfunction SEGMENT
 * @param scores Two columns: dimension key or label, score 1-5 (blank and N/A are ignored), e.g. CF_OurScores; or one row or column of the ten scores.
 * @param [their_scores] The other party's scores: one column aligned with scores, or two columns like scores.
 * @param [perspective] "customer" (default) or "supplier": which side we are.
 * @param [profit_impact] 1-5: how much this relationship moves our cost, revenue or quality, e.g. CF_ProfitImpact. Required for a segment.
 * @returns {string} Strategic, Bottleneck, Leverage or Non-critical (customer); Key account, Develop, Maintain or Efficiency (supplier).
 */
export function segment(
  scores: unknown[][],
  their_scores?: unknown[][],
  perspective?: unknown,
  profit_impact?: unknown
) {
  return withEngine((e) => e.segment(scores, their_scores, perspective, profit_impact));
}
