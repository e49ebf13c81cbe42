/**
 * The parts of the engine the pane needs only once there are scores (recommendation, what-if hints,
 * roadmap with its action catalogue): a chunk loaded on the first "Update results".
 */
export { buildRoadmap, recommend, whatIf } from "../core/method";
