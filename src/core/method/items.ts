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

function item(
  id: string,
  dimension: DimensionKey,
  compare: ItemComparison,
  question: string,
  a1: string,
  a3: string,
  a5: string,
  reverse = false
): AssessmentItem {
  return { id, dimension, question, anchors: { 1: a1, 3: a3, 5: a5 }, reverse, weight: 1, compare };
}

/** Question set 2026.1, as released: never change it (workbooks in use are read with it). */
export const ITEMS_2026_1: readonly AssessmentItem[] = [
  // mutuality (P1)
  item(
    "MUT-1",
    "mutuality",
    mirror("MUT-2"),
    "How much does the other party gain when this relationship succeeds?",
    "Little or nothing",
    "A fair but modest gain",
    "A gain that clearly matters to them"
  ),
  item(
    "MUT-2",
    "mutuality",
    mirror("MUT-1"),
    "How much do we gain when this relationship succeeds?",
    "Little or nothing",
    "A fair but modest gain",
    "A gain that clearly matters to us"
  ),
  item(
    "MUT-3",
    "mutuality",
    OWN,
    "How often does the other party take our interests into account unprompted?",
    "Never; only their own targets count",
    "Sometimes, when it costs them little",
    "Routinely, even at some cost to themselves"
  ),
  item(
    "MUT-4",
    "mutuality",
    SAME,
    "How strongly do narrow departmental targets (price cuts, quarterly quotas) dominate the dealings?",
    "Hardly at all",
    "Noticeably, now and then",
    "They drive almost every decision",
    true
  ),
  // alignment (P2)
  item(
    "ALI-1",
    "alignment",
    SAME,
    "How do the other party's objectives for this contract relate to ours?",
    "They work against ours",
    "They are unrelated to ours",
    "They are the same as ours"
  ),
  item(
    "ALI-2",
    "alignment",
    SAME,
    "How openly have both sides shared what they want from this relationship?",
    "Not at all; drivers are guesswork",
    "In part; some drivers are known",
    "Fully; each side can state the other's drivers"
  ),
  item(
    "ALI-3",
    "alignment",
    SAME,
    "How often do the two sides' goals clash in day-to-day decisions?",
    "Rarely or never",
    "Now and then",
    "Constantly",
    true
  ),
  item(
    "ALI-4",
    "alignment",
    SAME,
    "Where goals differed, how far have objectives been adapted to fit both sides?",
    "Not at all; positions are fixed",
    "Some adjustment on minor points",
    "Objectives were reshaped so both sides win"
  ),
  // complementarity (P3)
  item(
    "CMP-1",
    "complementarity",
    mirror("CMP-2"),
    "How much does the other party bring that we lack ourselves?",
    "Nothing we could not do ourselves",
    "Useful extras we could replace",
    "Essential capabilities we do not have"
  ),
  item(
    "CMP-2",
    "complementarity",
    mirror("CMP-1"),
    "How much do we bring that the other party lacks?",
    "Nothing they could not get anywhere",
    "Useful extras they could replace",
    "Essential capabilities or access they do not have"
  ),
  item(
    "CMP-3",
    "complementarity",
    SAME,
    "How much do the two sides overlap in offering, skills and market?",
    "Hardly at all",
    "Partly",
    "Almost entirely; we are close to competitors",
    true
  ),
  // differenceRisk (P4)
  item(
    "DIF-1",
    "differenceRisk",
    SAME,
    "How different are the two organisations' cultures and working styles?",
    "Very similar",
    "Noticeably different",
    "Very different (e.g. start-up versus large enterprise)"
  ),
  item(
    "DIF-2",
    "differenceRisk",
    SAME,
    "How far apart are the two sides' structures, processes and management systems?",
    "They fit together easily",
    "They need some bridging",
    "They are very hard to connect"
  ),
  item(
    "DIF-3",
    "differenceRisk",
    OWN,
    "How much resistance is there in our organisation to relying on the other party's capabilities?",
    "None to speak of",
    "Some, in pockets",
    "Strong and widespread"
  ),
  item(
    "DIF-4",
    "differenceRisk",
    SAME,
    "How well have the two sides explored and dealt with their differences so far?",
    "Not at all",
    "Partly",
    "Thoroughly, with concrete measures",
    true
  ),
  // stakes (P6)
  item(
    "STK-1",
    "stakes",
    SAME,
    "How complex and bespoke is what is being delivered?",
    "A standard commodity (e.g. catering, cleaning)",
    "A standard service with some tailoring",
    "Bespoke and highly complex"
  ),
  item(
    "STK-2",
    "stakes",
    // "the business" is whichever side answers.
    OWN,
    "What is the impact on the business if delivery fails?",
    "Minor inconvenience",
    "Serious but recoverable",
    "It would put the business at risk"
  ),
  item(
    "STK-3",
    "stakes",
    SAME,
    "How uncertain are the requirements and the outcome?",
    "Fully known and predictable",
    "Partly known",
    "Largely unknown or visionary"
  ),
  item(
    "STK-4",
    "stakes",
    // "another party" reads as another supplier to a customer and another customer to a supplier.
    OWN,
    "How easily could the delivery be moved to another party?",
    "Only at great cost and risk",
    "With moderate effort",
    "At once, with little effort",
    true
  ),
  // trust (P5)
  item(
    "TRU-1",
    "trust",
    OWN,
    "Does the other party deliver what was agreed: on time, on budget, at the agreed quality (or, for a customer: pay on time without hassle)?",
    "Rarely",
    "Usually, with some slips",
    "Consistently"
  ),
  item(
    "TRU-2",
    "trust",
    OWN,
    "When things go wrong, does the other party act in our interest as well as its own?",
    "No; it protects itself first",
    "Sometimes",
    "Yes, reliably"
  ),
  item(
    "TRU-3",
    "trust",
    OWN,
    "Does our contact at the other party have the backing of their organisation?",
    "No; promises are personal only",
    "Partly",
    "Yes; commitments are honoured by the organisation"
  ),
  item(
    "TRU-4",
    "trust",
    OWN,
    "How often has the other party surprised us with unwelcome behaviour or hidden information?",
    "Never",
    "Occasionally",
    "Often",
    true
  ),
  // ourDependence (P7)
  item(
    "ODP-1",
    "ourDependence",
    mirror("TDP-1"),
    "How large a share of our spend or revenue in this area goes through the other party?",
    "A small share",
    "A significant share",
    "Most or all of it"
  ),
  item(
    "ODP-2",
    "ourDependence",
    mirror("TDP-2"),
    "How many realistic alternatives to the other party do we have?",
    "None",
    "One or two",
    "Many",
    true
  ),
  item(
    "ODP-3",
    "ourDependence",
    mirror("TDP-3"),
    "How costly and risky would it be for us to switch away from the other party?",
    "Cheap and easy",
    "Costly but feasible",
    "Prohibitive (lock-in)"
  ),
  // theirDependence (P7)
  item(
    "TDP-1",
    "theirDependence",
    mirror("ODP-1"),
    "How large a share of the other party's revenue or spend in this area goes through us?",
    "A small share",
    "A significant share",
    "Most or all of it"
  ),
  item(
    "TDP-2",
    "theirDependence",
    mirror("ODP-2"),
    "How many realistic alternatives to us does the other party have?",
    "None",
    "One or two",
    "Many",
    true
  ),
  item(
    "TDP-3",
    "theirDependence",
    mirror("ODP-3"),
    "How costly and risky would it be for the other party to replace us?",
    "Cheap and easy",
    "Costly but feasible",
    "Prohibitive"
  ),
  // partnershipFit (P8)
  item(
    "PFT-1",
    "partnershipFit",
    SAME,
    "Do the two sides share one destiny, succeeding or failing together?",
    "No; each can win while the other loses",
    "Partly",
    "Yes; one cannot succeed without the other"
  ),
  item(
    "PFT-2",
    "partnershipFit",
    SAME,
    "Is the relationship governed jointly, with shared decisions?",
    "No; each side decides alone",
    "Some joint forums",
    "Yes; joint governance at all levels"
  ),
  item(
    "PFT-3",
    "partnershipFit",
    SAME,
    "Are risk and reward shared between the two sides?",
    "No; fixed price or fixed fee only",
    "Partly, through some incentives",
    "Fully, through a shared business case"
  ),
  item(
    "PFT-4",
    "partnershipFit",
    SAME,
    "Does each side have a senior sponsor committed to a long-term horizon?",
    "Neither side",
    "One side only, or a short horizon",
    "Both sides, for the long term"
  ),
  // maturity (P9)
  item(
    "MAT-1",
    "maturity",
    SAME,
    "How long and how successful is the track record of this relationship?",
    "New, or a poor record",
    "Some years with mixed results",
    "Many years of results both sides value"
  ),
  item(
    "MAT-2",
    "maturity",
    SAME,
    "How skilled are both sides at managing collaboration (reviews, escalation, joint planning)?",
    "Little or no skill",
    "Basic practices in place",
    "Well-practised on both sides"
  ),
  item(
    "MAT-3",
    "maturity",
    SAME,
    "How often do disputes need escalation beyond the people running the relationship?",
    "Rarely or never",
    "Now and then",
    "Regularly",
    true
  ),
];

/**
 * Question set 2026.2: every item now asks one thing, and items bound to one side became shared
 * facts where they could. Changed items get new ids (an id never changes meaning); the rest carry
 * over unchanged.
 */
const REPLACED_IN_2026_2: Readonly<Record<string, readonly AssessmentItem[]>> = {
  "STK-2": [
    item(
      "STK-5",
      "stakes",
      SAME,
      "If delivery failed, how badly would the customer's operations be hit?",
      "A minor inconvenience",
      "Serious but recoverable",
      "Its business would be at risk"
    ),
  ],
  "STK-4": [
    item(
      "STK-6",
      "stakes",
      SAME,
      "How easily could the customer move this delivery to another supplier?",
      "Only at great cost and risk",
      "With moderate effort",
      "At once, with little effort",
      true
    ),
  ],
  "TRU-1": [
    item(
      "TRU-5",
      "trust",
      OWN,
      "Does the other party keep to agreed dates (a supplier: delivery dates; a customer: payment terms)?",
      "Rarely",
      "Usually, with some slips",
      "Consistently"
    ),
    item(
      "TRU-6",
      "trust",
      OWN,
      "Does the other party keep to the agreed price and quality, without surprise claims?",
      "Rarely",
      "Usually, with some disputes",
      "Consistently"
    ),
  ],
  "ODP-3": [
    item(
      "ODP-4",
      "ourDependence",
      mirror("TDP-4"),
      "How much would it cost us, in money and time, to switch away from the other party?",
      "Little",
      "A noticeable amount, but affordable",
      "More than we could bear"
    ),
    item(
      "ODP-5",
      "ourDependence",
      mirror("TDP-5"),
      "How much would switching away from the other party put our own operations at risk?",
      "Hardly at all",
      "For a while, in places",
      "Seriously, for a long time"
    ),
  ],
  "TDP-3": [
    item(
      "TDP-4",
      "theirDependence",
      mirror("ODP-4"),
      "How much would it cost the other party, in money and time, to replace us?",
      "Little",
      "A noticeable amount, but affordable",
      "More than they could bear"
    ),
    item(
      "TDP-5",
      "theirDependence",
      mirror("ODP-5"),
      "How much would replacing us put the other party's operations at risk?",
      "Hardly at all",
      "For a while, in places",
      "Seriously, for a long time"
    ),
  ],
  "MAT-1": [
    item(
      "MAT-4",
      "maturity",
      SAME,
      "How long have the two sides worked together?",
      "Less than a year, or not yet",
      "Two to four years",
      "Five years or more"
    ),
    item(
      "MAT-5",
      "maturity",
      SAME,
      "How successful has the relationship been so far, in results both sides value?",
      "Poor",
      "Mixed",
      "Clearly successful"
    ),
  ],
};

export const ITEMS_2026_2: readonly AssessmentItem[] = ITEMS_2026_1.flatMap(
  (it) => REPLACED_IN_2026_2[it.id] ?? [it]
);

/** The question set new workbooks and questionnaires are written with. */
export const ITEM_SET_VERSION = "2026.2";
export const ITEMS: readonly AssessmentItem[] = ITEMS_2026_2;
