/**
 * The method's own words: model names and what each looks like, dimension labels and descriptions,
 * step and principle names. Every surface shows them (the COLLAB.* functions too), so this part stays
 * small. The engine (core/method) keeps the ids, keys and numbers; words are read through
 * core/texts/method-words.ts. Method by Joost van Boeschoten (NextSales, 2020); all wording here is
 * the project's own.
 */
export const method = {
  models: {
    adversarial: {
      name: "Collaborate as adversaries",
      looksLike:
        "A guarded relationship with a party whose interests run against ours but whom we cannot easily leave.",
      /** Index by index as the model's putInPlace in core/method (roadmap ids are frozen there). */
      putInPlace: [
        "Strong legal support",
        "Experienced, firm negotiators",
        "Tightly controlled delivery",
        "An exit or dual-sourcing plan",
      ],
    },
    transactional: {
      name: "Transactional (arm's length)",
      looksLike:
        "The contract is the relationship: clear specifications, competitive sourcing, little beyond the deal.",
      /** Index by index as the model's putInPlace in core/method (roadmap ids are frozen there). */
      putInPlace: [
        "Competitive sourcing",
        "Formal guarantees of price, quality and delivery",
        "Service levels with remedies",
      ],
    },
    cooperative: {
      name: "Cooperative (preferred supplier)",
      looksLike:
        "A preferred relationship with regular contact, open information and performance that is measured and discussed.",
      /** Index by index as the model's putInPlace in core/method (roadmap ids are frozen there). */
      putInPlace: [
        "Regular performance reviews",
        "Information sharing",
        "Performance management with agreed measures",
      ],
    },
    collaborative: {
      name: "Collaborative (strategic, outcome-based)",
      looksLike:
        "A strategic relationship steered jointly towards shared outcomes, with people from both sides working side by side.",
      /** Index by index as the model's putInPlace in core/method (roadmap ids are frozen there). */
      putInPlace: ["Joint governance", "Shared KPIs", "Mixed teams", "Incentives tied to outcomes"],
    },
    partnership: {
      name: "Partnership (shared destiny)",
      looksLike:
        "Both sides invest together and share risk and reward; reserved for cases that meet every partnership criterion.",
      /** Index by index as the model's putInPlace in core/method (roadmap ids are frozen there). */
      putInPlace: [
        "Joint investment",
        "Shared risk and reward",
        "Sponsors at the top of both organisations",
        "Long-term joint planning",
      ],
    },
  },
  dimensions: {
    mutuality: {
      label: "Mutuality",
      description:
        "How much each side gains from joint success, enough to care about the other's interests.",
    },
    alignment: {
      label: "Alignment of interests",
      description:
        "How well the two sides' interests and objectives fit: 1 opposed, 3 unrelated, 5 shared.",
    },
    complementarity: {
      label: "Complementarity",
      description: "How much the two sides' capabilities and reach complete each other.",
    },
    differenceRisk: {
      label: "Difference risk",
      description:
        "How much cultural, structural or style differences and resistance threaten the work (higher = riskier).",
    },
    stakes: {
      label: "Stakes",
      description:
        "What the product or service demands: 1 a routine commodity, 5 bespoke, complex, risky or visionary.",
    },
    trust: {
      label: "Trust",
      description:
        "How far the other party can be relied on to deliver, to act fairly when things go wrong, and to be backed by its own organisation.",
    },
    ourDependence: {
      label: "Our dependence",
      description:
        "How much we depend on the other party: share of spend or revenue, alternatives, cost of switching.",
    },
    theirDependence: {
      label: "Their dependence",
      description: "How much the other party depends on us, by the same measures.",
    },
    partnershipFit: {
      label: "Partnership fit",
      description:
        "How far true-partnership conditions hold: shared destiny, joint governance, shared risk and reward, sponsors on both sides, a long horizon.",
    },
    maturity: {
      label: "Maturity",
      description:
        "The track record of this relationship so far and both sides' skill at working together.",
    },
  },
  steps: {
    S1: {
      title: "Align mutual interests and objectives",
      summary:
        "Find out what the other party wants to achieve first, then set your own needs beside it and look for objectives both sides can live with.",
    },
    S2: {
      title: "Understand drivers and requirements",
      summary:
        "Map the capabilities each side brings, the differences that could cause friction, and what the product or service itself demands of the relationship.",
    },
    S3: {
      title: "Decide on a collaboration model",
      summary:
        "Match the depth of the relationship to the trust that exists, the balance of power and whether true partnership conditions are met.",
    },
    S4: {
      title: "Develop and deploy a roadmap",
      summary:
        "Start with a small relationship both sides can certainly deliver, then deepen it step by step as each side proves itself.",
    },
  },
  principles: {
    P1: {
      theme: "Mutuality",
      observation:
        "A party that gains little from working with you has no reason to look after your interests; the contract then becomes the whole relationship, and narrow departmental targets make this worse.",
      guidance:
        "Think of the other side first, then the joint relationship, then yourself: make sure joint success pays off for everyone involved.",
    },
    P2: {
      theme: "Interests and objectives",
      observation:
        "Shared goals pull parties together and opposing goals push them apart, yet the real drivers are often unclear, even to the parties themselves.",
      guidance:
        "Make both sides' interests and objectives explicit, judge how well they line up, and shape the collaboration to fit that.",
    },
    P3: {
      theme: "Differences create opportunity",
      observation:
        "Parties that are alike compete; it is what one has and the other lacks that makes working together worthwhile.",
      guidance:
        "Look for the capabilities and reach the other party adds to yours, and build the collaboration around them.",
    },
    P4: {
      theme: "Differences carry risk",
      observation:
        "People trust those who resemble them, so unfamiliar ways of working meet resistance, and that resistance often points to something that matters.",
      guidance:
        "When resistance to the other party's strengths shows up, examine what drives it and address the objections that hold water.",
    },
    P5: {
      theme: "Trust",
      observation:
        "Deep trust is not always needed: for standard goods a sound formal guarantee of delivery, price and quality can be enough.",
      guidance:
        "Match the trust you need to how deep the collaboration must go, and build trust where it falls short.",
    },
    P6: {
      theme: "Horses for courses",
      observation:
        "No single form of collaboration suits every case: a routine service and a bespoke, complex programme call for very different setups.",
      guidance:
        "Pick the form of collaboration that suits what is being delivered and how much is at stake.",
    },
    P7: {
      theme: "Not everyone is a friend",
      observation:
        "Conflicting interests, changing circumstances or an unequal balance of power can make a friendly relationship unrealistic.",
      guidance:
        "Fit the collaboration to the attitude and power of the parties, and where it is the realistic option, organise to work together as adversaries.",
    },
    P8: {
      theme: "Partnership is not the default",
      observation:
        "Buying and selling always carries some opposition of interests, so calling every commercial relationship a partnership hides real tension.",
      guidance:
        "Keep the word partnership for relationships that truly share destiny, risk and reward; manage every other relationship as the commercial one it is.",
    },
    P9: {
      theme: "It takes time",
      observation:
        "A close relationship does not start with a signature; it grows through effort, time and a managed process.",
      guidance:
        "Plan the development of the relationship as a structured, step-by-step process and give it the time it needs.",
    },
  },
  /** Portfolio segments by name: the portfolio's sheets and grids, the CLI, the pane, COLLAB.SEGMENT. */
  segments: {
    strategic: "Strategic",
    bottleneck: "Bottleneck",
    leverage: "Leverage",
    "non-critical": "Non-critical",
    key: "Key account",
    develop: "Develop",
    maintain: "Maintain",
    efficiency: "Efficiency",
  },
  /** How a supplier likely sees our account, by name (a cell the portfolio's formulas count). */
  preferencing: {
    core: "Core",
    development: "Development",
    exploitable: "Exploitable",
    nuisance: "Nuisance",
  },
  /** The same with what it means, where there is room (the CLI, the portfolio's segment grids). */
  preferencingExplained: {
    core: "Core (valuable and attractive to them)",
    development: "Development (attractive, small)",
    exploitable: "Exploitable (valuable, unattractive)",
    nuisance: "Nuisance (small, unattractive)",
  },
  /** What each portfolio segment is, in a phrase that reads after "a" / "an" in a sentence. */
  segmentPhrases: {
    strategic: "strategic purchase",
    bottleneck: "bottleneck purchase",
    leverage: "leverage purchase",
    "non-critical": "non-critical purchase",
    key: "key account",
    develop: "account to develop",
    maintain: "account to maintain",
    efficiency: "account to serve efficiently",
  },
  /** A target far from its segment's usual model. */
  mismatch: {
    above: (target: string, segment: string, levels: string, usual: string) =>
      `${target} target for a ${segment}: ${levels} levels above the usual ${usual}; check that the effort and trust this needs are worth it (over-investing?)`,
    below: (target: string, segment: string, levels: string, usual: string) =>
      `${target} target for a ${segment}: ${levels} levels below the usual ${usual}; check that the relationship gets the attention it needs (under-managed?)`,
  },
} as const;
