/**
 * The parts of the engine the pane needs only once there are scores (recommendation, what-if hints,
 * roadmap with its action catalogue, the profile built from the read-back, the perception gaps
 * after an import): a chunk loaded on the first "Update results" or import, not with the first view.
 */
export { recommend, whatIf } from "../core/method";
export { buildRoadmap } from "../core/texts/roadmap-words";
export { perceptionSummary, workshopTopics } from "../core/exchange/gaps";
export { buildProfile, readItems } from "./pane-model";
// A ProfileError in words (errors.ts's toPaneMessageWorded): the method's codes, fetched with the engine.
export { profileProblemText } from "../core/texts/profile-problem";
export { problemsTexts } from "../core/texts/parts/problems";
