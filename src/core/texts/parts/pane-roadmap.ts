/** The Roadmap view's texts: only views/RoadmapView.tsx imports this part, so they load with that view. */
import { textPart } from "../index";
import { paneRoadmap } from "../en/pane-roadmap";

export const paneRoadmapTexts = textPart("paneRoadmap", paneRoadmap);
