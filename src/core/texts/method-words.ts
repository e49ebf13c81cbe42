/**
 * The method's words by key: what the engine (core/method) names by id, in the active language.
 * Small on purpose: every surface imports it, the COLLAB.* functions too.
 */
import {
  MODEL_IDS,
  dimensionByKey,
  modelById,
  principleById,
  type DimensionKey,
  type Mismatch,
  type ModelId,
  type Preferencing,
  type PrincipleId,
  type Segment,
  type StepId,
} from "../method";
import { method } from "./en/method";
import { methodInEveryLanguage, methodTexts } from "./parts/method";

/** "Cooperative (preferred supplier)". */
export function modelName(id: ModelId): string {
  return methodTexts().models[modelById(id).id].name;
}

/** What the relationship of a model looks like. */
export function modelLooksLike(id: ModelId): string {
  return methodTexts().models[modelById(id).id].looksLike;
}

/** A model's English name, whatever the language (to read a name typed or written in English). */
export function sourceModelName(id: ModelId): string {
  return method.models[modelById(id).id].name;
}

/** What a model puts in place, in order (the engine's `putInPlace`, index by index). */
export function putInPlaceTexts(id: ModelId): readonly string[] {
  return methodTexts().models[modelById(id).id].putInPlace;
}

/** What a reader calls a dimension ("Alignment of interests"). */
export function dimensionLabel(key: DimensionKey): string {
  return methodTexts().dimensions[dimensionByKey(key).key].label;
}

/** A dimension's English label, whatever the language (to recognise a file written in English). */
export function sourceDimensionLabel(key: DimensionKey): string {
  return method.dimensions[dimensionByKey(key).key].label;
}

/** What a dimension measures. */
export function dimensionDescription(key: DimensionKey): string {
  return methodTexts().dimensions[dimensionByKey(key).key].description;
}

/** A step's title ("Align mutual interests and objectives"). */
export function stepTitle(id: StepId): string {
  return methodTexts().steps[id].title;
}

/** What a step is for. */
export function stepSummary(id: StepId): string {
  return methodTexts().steps[id].summary;
}

/** A principle's theme, observation and guidance. */
export function principleWords(id: PrincipleId): {
  theme: string;
  observation: string;
  guidance: string;
} {
  return methodTexts().principles[principleById(id).id];
}

/**
 * The model a name (or id) read back from a sheet stands for, in any case: the active language's
 * names, English (workbooks written before a language change) and the ids.
 */
export function modelIdByName(text: string): ModelId | null {
  const s = text.trim().toLowerCase();
  // Every language we ship, the pseudo-locale included (a workbook keeps the language it was
  // written in; CF History holds model names).
  const names = (id: ModelId) => methodInEveryLanguage().map((t) => t.models[id].name);
  return MODEL_IDS.find((id) => id === s || names(id).some((n) => n.toLowerCase() === s)) ?? null;
}

/** A target far from its segment's usual model, as a reader can act on it. */
export function mismatchText(m: Mismatch): string {
  const t = methodTexts();
  const say = m.levels > 0 ? t.mismatch.above : t.mismatch.below;
  return say(
    modelName(m.target),
    t.segmentPhrases[m.segment],
    String(Math.abs(m.levels)),
    modelName(m.usual)
  );
}

/** A portfolio segment's name ("Key account"); the engine keeps the key ("key"). */
export function segmentLabel(segment: Segment): string {
  return methodTexts().segments[segment];
}

/** How a supplier likely sees our account, in a word ("Core"). */
export function preferencingName(p: Preferencing): string {
  return methodTexts().preferencing[p];
}

/** The same with what it means ("Core (valuable and attractive to them)"). */
export function preferencingLabel(p: Preferencing): string {
  return methodTexts().preferencingExplained[p];
}
