/**
 * The assessment questionnaire. Each party answers every item from its own side: "we" is the
 * party answering, "the other party" is the one across the table (customer or supplier).
 * Item ids are stable: never reuse an id for a different meaning; bump ITEM_SET_VERSION on any change.
 */
import type { AssessmentItem, DimensionKey, ItemComparison } from "./types";

// How the other side's answer compares with ours (METHOD.md "Comparing items across the table").
const SAME: ItemComparison = { kind: "same" };
const OWN: ItemComparison = { kind: "own" };
const mirror = (partner: string): ItemComparison => ({ kind: "mirror", partner });

// A new question set whenever an item's id, wording, anchors, reverse flag or weight changes;
// released sets stay here unchanged (item-sets.ts reads each workbook with its own).

// `wording` names the set whose catalogue entry (core/texts/en/questions.ts) holds the item's
// question and anchors: the engine keeps ids and structure, the words live in the catalogue.
function item(
  wording: string,
  id: string,
  dimension: DimensionKey,
  compare: ItemComparison,
  reverse = false
): AssessmentItem {
  return { id, dimension, wording, reverse, weight: 1, compare };
}

/** Question set 2026.1, as released: never change it (workbooks in use are read with it). */
export const ITEMS_2026_1: readonly AssessmentItem[] = [
  // mutuality (P1)
  item("2026.1", "MUT-1", "mutuality", mirror("MUT-2")),
  item("2026.1", "MUT-2", "mutuality", mirror("MUT-1")),
  item("2026.1", "MUT-3", "mutuality", OWN),
  item("2026.1", "MUT-4", "mutuality", SAME, true),
  // alignment (P2)
  item("2026.1", "ALI-1", "alignment", SAME),
  item("2026.1", "ALI-2", "alignment", SAME),
  item("2026.1", "ALI-3", "alignment", SAME, true),
  item("2026.1", "ALI-4", "alignment", SAME),
  // complementarity (P3)
  item("2026.1", "CMP-1", "complementarity", mirror("CMP-2")),
  item("2026.1", "CMP-2", "complementarity", mirror("CMP-1")),
  item("2026.1", "CMP-3", "complementarity", SAME, true),
  // differenceRisk (P4)
  item("2026.1", "DIF-1", "differenceRisk", SAME),
  item("2026.1", "DIF-2", "differenceRisk", SAME),
  item("2026.1", "DIF-3", "differenceRisk", OWN),
  item("2026.1", "DIF-4", "differenceRisk", SAME, true),
  // stakes (P6)
  item("2026.1", "STK-1", "stakes", SAME),
  item("2026.1", "STK-2", "stakes", OWN), // "the business" is whichever side answers.
  item("2026.1", "STK-3", "stakes", SAME),
  // "another party" reads as another supplier to a customer and another customer to a supplier.
  item("2026.1", "STK-4", "stakes", OWN, true),
  // trust (P5)
  item("2026.1", "TRU-1", "trust", OWN),
  item("2026.1", "TRU-2", "trust", OWN),
  item("2026.1", "TRU-3", "trust", OWN),
  item("2026.1", "TRU-4", "trust", OWN, true),
  // ourDependence (P7)
  item("2026.1", "ODP-1", "ourDependence", mirror("TDP-1")),
  item("2026.1", "ODP-2", "ourDependence", mirror("TDP-2"), true),
  item("2026.1", "ODP-3", "ourDependence", mirror("TDP-3")),
  // theirDependence (P7)
  item("2026.1", "TDP-1", "theirDependence", mirror("ODP-1")),
  item("2026.1", "TDP-2", "theirDependence", mirror("ODP-2"), true),
  item("2026.1", "TDP-3", "theirDependence", mirror("ODP-3")),
  // partnershipFit (P8)
  item("2026.1", "PFT-1", "partnershipFit", SAME),
  item("2026.1", "PFT-2", "partnershipFit", SAME),
  item("2026.1", "PFT-3", "partnershipFit", SAME),
  item("2026.1", "PFT-4", "partnershipFit", SAME),
  // maturity (P9)
  item("2026.1", "MAT-1", "maturity", SAME),
  item("2026.1", "MAT-2", "maturity", SAME),
  item("2026.1", "MAT-3", "maturity", SAME, true),
];

/**
 * Question set 2026.2: every item now asks one thing, and items bound to one side became shared
 * facts where they could. Changed items get new ids (an id never changes meaning); the rest carry
 * over unchanged.
 */
const REPLACED_IN_2026_2: Readonly<Record<string, readonly AssessmentItem[]>> = {
  "STK-2": [item("2026.2", "STK-5", "stakes", SAME)],
  "STK-4": [item("2026.2", "STK-6", "stakes", SAME, true)],
  "TRU-1": [item("2026.2", "TRU-5", "trust", OWN), item("2026.2", "TRU-6", "trust", OWN)],
  "ODP-3": [
    item("2026.2", "ODP-4", "ourDependence", mirror("TDP-4")),
    item("2026.2", "ODP-5", "ourDependence", mirror("TDP-5")),
  ],
  "TDP-3": [
    item("2026.2", "TDP-4", "theirDependence", mirror("ODP-4")),
    item("2026.2", "TDP-5", "theirDependence", mirror("ODP-5")),
  ],
  "MAT-1": [item("2026.2", "MAT-4", "maturity", SAME), item("2026.2", "MAT-5", "maturity", SAME)],
};

export const ITEMS_2026_2: readonly AssessmentItem[] = ITEMS_2026_1.flatMap(
  (it) => REPLACED_IN_2026_2[it.id] ?? [it]
);

/** The question set new workbooks and questionnaires are written with. */
export const ITEM_SET_VERSION = "2026.2";
export const ITEMS: readonly AssessmentItem[] = ITEMS_2026_2;
