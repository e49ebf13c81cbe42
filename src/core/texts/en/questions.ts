/**
 * The questions and their anchors (scores 1, 3 and 5), per question set and item id. A set lists the
 * items whose wording it introduced; an item keeps the wording of the set named in its `wording`
 * (core/method/items.ts), so a released set's words never change. Read through
 * core/texts/question-words.ts: the workbook writers, the questionnaire, the pane's score view and
 * the CLI import this part; the COLLAB.* functions do not.
 */
export const questions = {
  "2026.1": {
    "MUT-1": {
      question: "How much does the other party gain when this relationship succeeds?",
      anchors: {
        1: "Little or nothing",
        3: "A fair but modest gain",
        5: "A gain that clearly matters to them",
      },
    },
    "MUT-2": {
      question: "How much do we gain when this relationship succeeds?",
      anchors: {
        1: "Little or nothing",
        3: "A fair but modest gain",
        5: "A gain that clearly matters to us",
      },
    },
    "MUT-3": {
      question: "How often does the other party take our interests into account unprompted?",
      anchors: {
        1: "Never; only their own targets count",
        3: "Sometimes, when it costs them little",
        5: "Routinely, even at some cost to themselves",
      },
    },
    "MUT-4": {
      question:
        "How strongly do narrow departmental targets (price cuts, quarterly quotas) dominate the dealings?",
      anchors: {
        1: "Hardly at all",
        3: "Noticeably, now and then",
        5: "They drive almost every decision",
      },
    },
    "ALI-1": {
      question: "How do the other party's objectives for this contract relate to ours?",
      anchors: {
        1: "They work against ours",
        3: "They are unrelated to ours",
        5: "They are the same as ours",
      },
    },
    "ALI-2": {
      question: "How openly have both sides shared what they want from this relationship?",
      anchors: {
        1: "Not at all; drivers are guesswork",
        3: "In part; some drivers are known",
        5: "Fully; each side can state the other's drivers",
      },
    },
    "ALI-3": {
      question: "How often do the two sides' goals clash in day-to-day decisions?",
      anchors: {
        1: "Rarely or never",
        3: "Now and then",
        5: "Constantly",
      },
    },
    "ALI-4": {
      question: "Where goals differed, how far have objectives been adapted to fit both sides?",
      anchors: {
        1: "Not at all; positions are fixed",
        3: "Some adjustment on minor points",
        5: "Objectives were reshaped so both sides win",
      },
    },
    "CMP-1": {
      question: "How much does the other party bring that we lack ourselves?",
      anchors: {
        1: "Nothing we could not do ourselves",
        3: "Useful extras we could replace",
        5: "Essential capabilities we do not have",
      },
    },
    "CMP-2": {
      question: "How much do we bring that the other party lacks?",
      anchors: {
        1: "Nothing they could not get anywhere",
        3: "Useful extras they could replace",
        5: "Essential capabilities or access they do not have",
      },
    },
    "CMP-3": {
      question: "How much do the two sides overlap in offering, skills and market?",
      anchors: {
        1: "Hardly at all",
        3: "Partly",
        5: "Almost entirely; we are close to competitors",
      },
    },
    "DIF-1": {
      question: "How different are the two organisations' cultures and working styles?",
      anchors: {
        1: "Very similar",
        3: "Noticeably different",
        5: "Very different (e.g. start-up versus large enterprise)",
      },
    },
    "DIF-2": {
      question: "How far apart are the two sides' structures, processes and management systems?",
      anchors: {
        1: "They fit together easily",
        3: "They need some bridging",
        5: "They are very hard to connect",
      },
    },
    "DIF-3": {
      question:
        "How much resistance is there in our organisation to relying on the other party's capabilities?",
      anchors: {
        1: "None to speak of",
        3: "Some, in pockets",
        5: "Strong and widespread",
      },
    },
    "DIF-4": {
      question: "How well have the two sides explored and dealt with their differences so far?",
      anchors: {
        1: "Not at all",
        3: "Partly",
        5: "Thoroughly, with concrete measures",
      },
    },
    "STK-1": {
      question: "How complex and bespoke is what is being delivered?",
      anchors: {
        1: "A standard commodity (e.g. catering, cleaning)",
        3: "A standard service with some tailoring",
        5: "Bespoke and highly complex",
      },
    },
    "STK-2": {
      question: "What is the impact on the business if delivery fails?",
      anchors: {
        1: "Minor inconvenience",
        3: "Serious but recoverable",
        5: "It would put the business at risk",
      },
    },
    "STK-3": {
      question: "How uncertain are the requirements and the outcome?",
      anchors: {
        1: "Fully known and predictable",
        3: "Partly known",
        5: "Largely unknown or visionary",
      },
    },
    "STK-4": {
      question: "How easily could the delivery be moved to another party?",
      anchors: {
        1: "Only at great cost and risk",
        3: "With moderate effort",
        5: "At once, with little effort",
      },
    },
    "TRU-1": {
      question:
        "Does the other party deliver what was agreed: on time, on budget, at the agreed quality (or, for a customer: pay on time without hassle)?",
      anchors: {
        1: "Rarely",
        3: "Usually, with some slips",
        5: "Consistently",
      },
    },
    "TRU-2": {
      question:
        "When things go wrong, does the other party act in our interest as well as its own?",
      anchors: {
        1: "No; it protects itself first",
        3: "Sometimes",
        5: "Yes, reliably",
      },
    },
    "TRU-3": {
      question: "Does our contact at the other party have the backing of their organisation?",
      anchors: {
        1: "No; promises are personal only",
        3: "Partly",
        5: "Yes; commitments are honoured by the organisation",
      },
    },
    "TRU-4": {
      question:
        "How often has the other party surprised us with unwelcome behaviour or hidden information?",
      anchors: {
        1: "Never",
        3: "Occasionally",
        5: "Often",
      },
    },
    "ODP-1": {
      question:
        "How large a share of our spend or revenue in this area goes through the other party?",
      anchors: {
        1: "A small share",
        3: "A significant share",
        5: "Most or all of it",
      },
    },
    "ODP-2": {
      question: "How many realistic alternatives to the other party do we have?",
      anchors: {
        1: "None",
        3: "One or two",
        5: "Many",
      },
    },
    "ODP-3": {
      question: "How costly and risky would it be for us to switch away from the other party?",
      anchors: {
        1: "Cheap and easy",
        3: "Costly but feasible",
        5: "Prohibitive (lock-in)",
      },
    },
    "TDP-1": {
      question:
        "How large a share of the other party's revenue or spend in this area goes through us?",
      anchors: {
        1: "A small share",
        3: "A significant share",
        5: "Most or all of it",
      },
    },
    "TDP-2": {
      question: "How many realistic alternatives to us does the other party have?",
      anchors: {
        1: "None",
        3: "One or two",
        5: "Many",
      },
    },
    "TDP-3": {
      question: "How costly and risky would it be for the other party to replace us?",
      anchors: {
        1: "Cheap and easy",
        3: "Costly but feasible",
        5: "Prohibitive",
      },
    },
    "PFT-1": {
      question: "Do the two sides share one destiny, succeeding or failing together?",
      anchors: {
        1: "No; each can win while the other loses",
        3: "Partly",
        5: "Yes; one cannot succeed without the other",
      },
    },
    "PFT-2": {
      question: "Is the relationship governed jointly, with shared decisions?",
      anchors: {
        1: "No; each side decides alone",
        3: "Some joint forums",
        5: "Yes; joint governance at all levels",
      },
    },
    "PFT-3": {
      question: "Are risk and reward shared between the two sides?",
      anchors: {
        1: "No; fixed price or fixed fee only",
        3: "Partly, through some incentives",
        5: "Fully, through a shared business case",
      },
    },
    "PFT-4": {
      question: "Does each side have a senior sponsor committed to a long-term horizon?",
      anchors: {
        1: "Neither side",
        3: "One side only, or a short horizon",
        5: "Both sides, for the long term",
      },
    },
    "MAT-1": {
      question: "How long and how successful is the track record of this relationship?",
      anchors: {
        1: "New, or a poor record",
        3: "Some years with mixed results",
        5: "Many years of results both sides value",
      },
    },
    "MAT-2": {
      question:
        "How skilled are both sides at managing collaboration (reviews, escalation, joint planning)?",
      anchors: {
        1: "Little or no skill",
        3: "Basic practices in place",
        5: "Well-practised on both sides",
      },
    },
    "MAT-3": {
      question: "How often do disputes need escalation beyond the people running the relationship?",
      anchors: {
        1: "Rarely or never",
        3: "Now and then",
        5: "Regularly",
      },
    },
  },
  "2026.2": {
    "STK-5": {
      question: "If delivery failed, how badly would the customer's operations be hit?",
      anchors: {
        1: "A minor inconvenience",
        3: "Serious but recoverable",
        5: "Its business would be at risk",
      },
    },
    "STK-6": {
      question: "How easily could the customer move this delivery to another supplier?",
      anchors: {
        1: "Only at great cost and risk",
        3: "With moderate effort",
        5: "At once, with little effort",
      },
    },
    "TRU-5": {
      question:
        "Does the other party keep to agreed dates (a supplier: delivery dates; a customer: payment terms)?",
      anchors: {
        1: "Rarely",
        3: "Usually, with some slips",
        5: "Consistently",
      },
    },
    "TRU-6": {
      question:
        "Does the other party keep to the agreed price and quality, without surprise claims?",
      anchors: {
        1: "Rarely",
        3: "Usually, with some disputes",
        5: "Consistently",
      },
    },
    "ODP-4": {
      question:
        "How much would it cost us, in money and time, to switch away from the other party?",
      anchors: {
        1: "Little",
        3: "A noticeable amount, but affordable",
        5: "More than we could bear",
      },
    },
    "ODP-5": {
      question:
        "How much would switching away from the other party put our own operations at risk?",
      anchors: {
        1: "Hardly at all",
        3: "For a while, in places",
        5: "Seriously, for a long time",
      },
    },
    "TDP-4": {
      question: "How much would it cost the other party, in money and time, to replace us?",
      anchors: {
        1: "Little",
        3: "A noticeable amount, but affordable",
        5: "More than they could bear",
      },
    },
    "TDP-5": {
      question: "How much would replacing us put the other party's operations at risk?",
      anchors: {
        1: "Hardly at all",
        3: "For a while, in places",
        5: "Seriously, for a long time",
      },
    },
    "MAT-4": {
      question: "How long have the two sides worked together?",
      anchors: {
        1: "Less than a year, or not yet",
        3: "Two to four years",
        5: "Five years or more",
      },
    },
    "MAT-5": {
      question: "How successful has the relationship been so far, in results both sides value?",
      anchors: {
        1: "Poor",
        3: "Mixed",
        5: "Clearly successful",
      },
    },
  },
} as const;
