/**
 * The `collabfit` command line: help, messages and errors. Command names, option names and
 * placeholders (`--out FILE.xlsx`) are syntax, not text: they stay in each command's `usage` and
 * `syntax` (src/cli/commands) and read the same in every language. Parameters arrive as text.
 */
export const cli = {
  usage: {
    heading: "Usage:",
    moreHelp: "Run `collabfit <command> --help` for details.",
    unknownCommand: (name: string, commands: string) =>
      `unknown command '${name}'; expected one of: ${commands}`,
  },
  failure: {
    tooLarge: (detail: string) => `the file is too large to read (${detail})`,
    fault: (detail: string) =>
      `could not finish: ${detail}. Nothing was written. This is a fault in CollabFit; please report it with the command you ran.`,
    /** A note on stderr about a file written (never an error). */
    note: (text: string) => `note: ${text}`,
  },
  args: {
    needsValue: (option: string) => `${option} needs a value`,
    unknownOption: (option: string, allowed: string) =>
      `unknown option ${option}; allowed: ${allowed}`,
    unexpected: (arg: string) => `unexpected argument "${arg}"`,
    /** A parse error from Node's own parser, then what is allowed. */
    notAllowed: (detail: string, allowed: string) => `${detail}; allowed: ${allowed}`,
  },
  files: {
    alreadyExists: (out: string) =>
      `${out} already exists; choose another file name (it is never overwritten)`,
    outRequired: "--out FILE.xlsx is required",
    outNotXlsx: (out: string) => `--out ${out}: the file name must end in .xlsx`,
    outIsInput: (out: string) =>
      `--out ${out} is the input file; the input is never modified, choose another name`,
    megabytes: (mb: string) => `${mb} MB`,
    required: (what: string) => `${what} is required`,
    notXlsx: (file: string, what: string) => `${file}: ${what} must be an .xlsx file`,
    tooBig: (file: string, size: string, max: string, what: string) =>
      `${file} is ${size}; allowed: at most ${max} for ${what}`,
    notRegular: (file: string, what: string) =>
      `${file} is not a regular file; ${what} must be one`,
    notFound: (file: string) => `${file}: file not found`,
    isFolder: (file: string) => `${file} is a folder, not an .xlsx file`,
    noPermission: (file: string) => `${file}: no permission to read it`,
    cannotRead: (file: string, code: string) => `${file}: cannot be read (${code})`,
    noFolder: (out: string) => `cannot write ${out}: its folder does not exist`,
    cannotWrite: (out: string, code: string) => `cannot write ${out} (${code})`,
    contentLost: (out: string, lost: string, input: string) =>
      `${out} does not carry over ${lost} from ${input}; ${input} itself is unchanged`,
    /** What the input workbook is called in errors. */
    assessmentWorkbook: "FILE.xlsx (the assessment workbook)",
    theWorkbook: "the workbook",
  },
  new: {
    help: "Writes an empty assessment workbook: a cover, one sheet per step with the questions, scores computed by formulas, results, roadmap and the principles. Refuses to overwrite an existing file.",
    perspectiveNotAllowed: (value: string, allowed: string) =>
      `--perspective ${value} is not allowed; allowed: ${allowed}`,
    untitled: "Untitled relationship",
    wrote: (out: string, sheets: string) =>
      `Wrote ${out}: ${sheets} sheets; score the step sheets, then run \`collabfit recommend ${out}\`.`,
  },
  demo: {
    help: (us: string, them: string) =>
      `Writes a realistic, filled assessment (${us} and ${them}, scored by both sides) with its results and roadmap. Refuses to overwrite an existing file.`,
    wrote: (out: string) => `Wrote ${out}: a filled example; try \`collabfit recommend ${out}\`.`,
  },
  recommend: {
    help: (dimensions: string) =>
      [
        "Recommends a collaboration model (target and start), the trust gap, the power regime, partnership",
        "blockers and perception gaps, and a roadmap, from a profile of dimension scores (1 to 5):",
        '  { "perspective": "customer" | "supplier", "us": { "trust": 3, ... }, "them": { ... } }',
        `\`them\` (optional) holds the other party's own scores from its side. All ${dimensions} dimensions are required.`,
        "  --json           print one JSON object instead of the readable report",
        "  --start DATE     roadmap start date (default: today, UTC)",
        "With FILE.xlsx (an assessment workbook from `collabfit new`), the scores are read from its step sheets.",
        "  --out FILE.xlsx  also write a copy of the workbook with Results and Roadmap filled in",
        "                   (the input file is never modified; an existing output file is never overwritten)",
      ].join("\n"),
    badStart: (value: string, hint: string) =>
      `--start ${value} is not a valid date; expected ${hint}`,
    profileNotFound: (file: string) => `--profile ${file}: file not found`,
    profileIsFolder: (file: string) => `--profile ${file}: is a folder; expected a JSON file`,
    profileUnreadable: (file: string, code: string) =>
      `--profile ${file}: cannot be read (${code})`,
    unknownError: "unknown error",
    profileNotJson: (file: string, detail: string) =>
      `--profile ${file}: not valid JSON (${detail})`,
    allowed: "--profile FILE.json or FILE.xlsx, --json, --start YYYY-MM-DD, --out RESULT.xlsx",
    notBoth: "give one workbook FILE.xlsx or --profile FILE.json, not both",
    outNeedsWorkbook: "--out needs a workbook input: recommend FILE.xlsx --out RESULT.xlsx",
    profileRequired: "--profile FILE.json is required",
    noSheet: (file: string, sheet: string) =>
      `${file}: no sheet '${sheet}' to write the results into (deleted or renamed?); restore it, or run without --out`,
    moreProblems: (count: string) => `(and ${count} more problem)`,
    moreProblemsPlural: (count: string) => `(and ${count} more problems)`,
  },
  /** The readable report of `collabfit recommend`. */
  report: {
    perspective: (side: string) => `Perspective:   we are the ${side}`,
    bothScored: "(both sides scored)",
    oneScored: "(one side scored)",
    target: (model: string) => `Target model:  ${model}`,
    start: (model: string) => `Start model:   ${model}  (Minimal Viable Relationship)`,
    trustGap: (gap: string) => `Trust gap:     ${gap}`,
    shortfall: "(shortfall)",
    noShortfall: "(none)",
    regime: (text: string) => `Power regime:  ${text}`,
    confidence: (text: string) => `Confidence:    ${text}`,
    drivers: (labels: string) => `Drivers:       ${labels}`,
    blockers: (list: string) => `Partnership blockers: ${list}`,
    segment: (text: string) => `Segment:       ${text}`,
    noSegment: "none (no profit impact given)",
    preferencing: (text: string) => `How they likely see us: ${text}`,
    mismatch: (text: string) => `Mismatch:      ${text}`,
    perceptionGaps: "Perception gaps:",
    gap: (dimension: string, us: string, them: string) => `${dimension}: us ${us}, them ${them}`,
    scores: "Scores used:",
    why: "Why:",
    margins: "Margins:",
    actions: "Actions:",
    whatIf: "What would change the target (nearest half-point, one dimension at a time):",
    /** One change: the dimension's label, its score now and after, and the target it would give. */
    whatIfChange: (dimension: string, from: string, to: string, model: string) =>
      `${dimension} from ${from} to ${to}: ${model}`,
    roadmap: "Roadmap:",
    /** A phase's dates and title, then its models, owner and reviews in brackets. */
    phase: (
      start: string,
      end: string,
      title: string,
      models: string,
      owner: string,
      reviews: string
    ) => `${start} to ${end}  ${title}  [${models}; ${owner}; ${reviews}]`,
    /** The phase's model, or the move from one model to the next. */
    models: (from: string, to: string) => `${from} -> ${to}`,
    /** Who owns a roadmap phase and how often it is reviewed, in the roadmap's lines. */
    owners: { us: "us", them: "them", joint: "joint" },
    reviews: {
      monthly: "monthly reviews",
      quarterly: "quarterly reviews",
      yearly: "yearly reviews",
    },
    kpi: (text: string) => `KPI: ${text}`,
    exit: (text: string) => `Exit: ${text}`,
    method: "Method: Joost van Boeschoten (NextSales, 2020), as implemented by CollabFit.",
  },
  questionnaire: {
    help:
      "Writes a questionnaire for the other party: the questions with their anchors, one score and one notes " +
      "column for them, and instructions written to them. None of our scores, notes, weights, results or " +
      "roadmap go in. It needs no add-in, only the score and notes cells can be edited, and it carries this " +
      "assessment's reference so `collabfit import` can match it. FILE.xlsx is only read; --out is never overwritten. " +
      "--side us writes the same questionnaire for a colleague on our side (none of anyone's answers go in); " +
      "importing it adds them as one of our respondents. " +
      "--share-evidence adds our Evidence column (source, date, measured figure) beside the questions; without it no evidence goes in.",
    badSide: (value: string) =>
      `--side ${value}: allowed: them (the other party) or us (a colleague)`,
    wrote: (out: string, id: string, to: string, input: string) =>
      `Wrote ${out}: questionnaire for assessment ${id}; send it to ${to}, then run \`collabfit import ${input} --answers ${out} --out MERGED.xlsx\`.`,
    colleague: "a colleague on our side",
    otherParty: "the other party",
  },
  import: {
    help:
      "Checks the returned questionnaire (an .xlsx made by `collabfit questionnaire` for this assessment and " +
      "question set), then writes a copy of FILE.xlsx with their answers in the Their score column and their " +
      "notes added to Notes. Answers that are not 1-5 or N/A are skipped and listed with their cell. " +
      "FILE.xlsx and THEIRS.xlsx are only read; --out is never overwritten. --json prints the report as JSON. " +
      "With several --answers files, each is one respondent of their side (kept in CF_Responses; the side's " +
      "scores are the respondents' means); a respondent imported again replaces their earlier answers.",
    answersRequired: "--answers THEIRS.xlsx is required",
    answersFile: "--answers THEIRS.xlsx",
    anAnswersFile: "--answers FILE.xlsx",
    wrote: (out: string) => `Wrote ${out}.`,
    noteCut: (item: string, cell: string, limit: string) =>
      `note for ${item} cut at ${cell}: the cell would pass Excel's ${limit}-character limit`,
    noteNotWritten: (cell: string, why: string, note: string) =>
      `note not written at ${cell} (${why}, left as it is); their note: ${note}`,
    interestsWritten: (count: string) =>
      `${count} of their interests and objectives written into "Their interests and objectives" (S1).`,
    interestNotPlaced: (row: string) =>
      `interest not written (no blank row left in "Their interests and objectives"; add rows and import again): ${row}`,
    gapsHeading: "Biggest differences between the two views (topics for a joint workshop):",
    noGaps: "No perception gap: the two views agree within the method's thresholds.",
    ourSide: (count: string, names: string) => `Our side: ${count} respondent(s): ${names}.`,
    theirSide: (count: string) => `Their side: ${count} respondent(s)`,
    theirSideNamed: (count: string, names: string) =>
      `Their side: ${count} respondent(s): ${names}`,
    added: (names: string) => `added ${names}`,
    replaced: (names: string) => `replaced the answers of ${names}`,
    /** Parts of the line about their side. */
    partMore: (line: string, part: string) => `${line}; ${part}`,
    sentence: (line: string) => `${line}.`,
    disagreements: "Disagreement inside a side (topics for the workshop):",
    noDisagreement: "No question with a spread of 2 or more inside a side.",
    removed: (out: string, name: string) => `Wrote ${out} without ${name}.`,
  },
  portfolio: {
    help: [
      "Reads every assessment workbook given (folders are searched recursively for .xlsx files) and",
      "writes one portfolio workbook: a CF_Portfolio table with a row per relationship (scores used,",
      "coverage, target and start model, trust gap, power regime, segment, how the other side likely",
      "sees us, mismatch between model and segment, next review), segment grids and a model-by-segment",
      "table with live formulas. The segment needs the cover's profit impact (1-5).",
      "  --out FILE.xlsx  the portfolio workbook to create (never overwritten)",
      "  --json           print the rows and the skipped files as one JSON object",
      "A file that cannot be read is listed on stderr with the reason and skipped. Exit 0 when at least",
      "one relationship was read, 2 when none. Input files are never modified.",
    ].join("\n"),
    folderUnreadable: (code: string) => `folder cannot be read (${code})`,
    notFound: "not found",
    cannotRead: (code: string) => `cannot be read (${code})`,
    notXlsx: "not an .xlsx file; allowed: .xlsx workbooks or folders",
    unknownError: "unknown error",
    progress: (done: string, total: string) => `${done}/${total} files`,
    allowed: "FILE_OR_DIR..., --out PORTFOLIO.xlsx, --json",
    nothingGiven: "give at least one assessment workbook or folder",
    skipped: (file: string, reason: string) => `skipped ${file}: ${reason}`,
    sameAssessment: (file: string, id: string, first: string) =>
      `${file} holds the same assessment (reference ${id}) as ${first}; both are listed`,
    noXlsx: "no .xlsx file found in what was given",
    noneRead: "no assessment could be read; nothing written",
    summary: (out: string, rows: string, mismatches: string) =>
      `${out}: ${rows} relationship(s), ${mismatches} mismatch(es)`,
    skippedCount: (summary: string, count: string) => `${summary}, ${count} file(s) skipped`,
  },
  round: {
    help: [
      "Closes the current assessment round and opens the next one (re-assess yearly and after any major incident).",
      "The round's date (the cover's assessment date), question-set version, both sides' dimension scores,",
      "respondents per side, target and start model, trust gap and power regime are added to the CF_History",
      "table; the copy then has empty scores (typed and recorded respondents alike) and the cover dated",
      "for the new round, and keeps notes, weights, interests and the roadmap.",
      "  --out NEXT.xlsx   the new workbook (never overwritten; FILE.xlsx is only read)",
      "  --date DATE       the new round's date, YYYY-MM-DD (default: today, UTC); not before the closed round",
    ].join("\n"),
    badDate: (value: string) =>
      `--date ${value} is not a date; allowed: YYYY-MM-DD, e.g. 2027-01-15`,
    gapTrend: (gap: string, trend: string, previous: string) =>
      `${gap} (${trend}; was ${previous})`,
    /** How the trust gap moved since the previous round (core/rounds' TrustGapTrend). */
    trends: {
      closed: "closed",
      closing: "closing",
      widening: "widening",
      unchanged: "unchanged",
      "no earlier round": "no earlier round",
    },
    closed: (
      round: string,
      date: string,
      target: string,
      start: string,
      gap: string,
      us: string,
      them: string
    ) =>
      `Closed round ${round} (${date}): target ${target}, start ${start}, trust gap ${gap}, ${us} respondent(s) on our side and ${them} on theirs.`,
    opened: (round: string, date: string) =>
      `Opened round ${round} dated ${date} with empty scores; notes, weights, interests and the roadmap are kept.`,
    wrote: (out: string) => `Wrote ${out}.`,
  },
  share: {
    help:
      "Writes the joint summary to share with the other party after the joint workshop: both sides' " +
      "dimension scores (theirs in our frame, with the gap), the gaps in view, and the roadmap's actions " +
      "marked as shared. None of our item answers, notes, evidence, weights, sign-off or assessor names go " +
      "in; the partnership blockers only with --include-blockers, the cover's sign-off (names and dates) only " +
      "with --include-signoff. FILE.xlsx is only read; --out is never overwritten.",
    more: (count: string) => `(and ${count} more)`,
    wrote: (out: string, them: string) => `Wrote ${out}: joint summary to share with ${them}.`,
  },
  upgrade: {
    help: (version: string) =>
      `Writes a new workbook on the current question set (${version}) from one on an older set: ` +
      "both sides' answers, weights, notes and evidence of every unchanged question are carried over, and " +
      "its CF Upgrade sheet lists the questions to answer again and your old answers to the replaced ones. " +
      "FILE.xlsx is only read; --out is never overwritten.",
    question: (id: string, sheet: string, text: string) => `${id} (${sheet}): ${text}`,
    wrote: (out: string, from: string, to: string, carried: string, again: string) =>
      `Wrote ${out}: question set ${from} -> ${to}; ` +
      `the answers to ${carried} unchanged questions carried over, ${again} questions to answer again (both sides):`,
  },
} as const;
