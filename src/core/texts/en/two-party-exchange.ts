/**
 * The two-party exchange: why a returned questionnaire or the merge is refused, what the import
 * skipped, its report, the workshop topics, and the questionnaire workbook itself (instructions,
 * labels, help). Sheet names, table headers and defined names are lookup keys (core/exchange/names)
 * and arrive as parameters; so do values from their file, already quoted and bounded.
 */
export const exchange = {
  /** A list of alternatives, one item added at a time: ""ID" or "Their score"". */
  orMore: (list: string, item: string) => `${list} or ${item}`,
  /** Sheet of a problem about the workbook as a whole. */
  wholeWorkbook: "(workbook)",
  /** A returned file that is not the questionnaire as sent. */
  file: {
    /** The two sheets a questionnaire has, as one allowed list. */
    sheets: (first: string, second: string) => `"${first}" and "${second}"`,
    /** `found`: the sheets found instead, "" when none. */
    missingSheet: (sheet: string, found: string, allowed: string) =>
      `sheet "${sheet}" is missing` +
      (found ? ` (renamed? found ${found})` : "") +
      `; allowed: exactly the sheets ${allowed}`,
    extraSheet: (sheet: string, allowed: string) =>
      `extra sheet ${sheet} was added; allowed: exactly the sheets ${allowed}`,
    notQuestionnaire: (name: string, kind: string) =>
      `this is not a CollabFit questionnaire (defined name ${name} must hold "${kind}"); allowed: the file made by "Prepare questionnaire"`,
    noAssessmentId: (name: string, expected: string) =>
      `the assessment reference (${name}) is missing; allowed: "${expected}"`,
    otherAssessment: (found: string, expected: string) =>
      `this questionnaire belongs to assessment ${found}, not to this workbook's "${expected}"; allowed: a questionnaire prepared from this workbook`,
    /** What a fact the file lacks is called in the two messages below. */
    missing: "missing",
    version: (found: string, expected: string) =>
      `question set version is ${found}; allowed: "${expected}" (prepare a new questionnaire)`,
    questionCheck: (found: string, expected: string) =>
      `the question check is ${found}; allowed: "${expected}", the questions this version asks (prepare a new questionnaire)`,
    noAnswersTable: (table: string) =>
      `the answers table ${table} is missing (deleted or converted to a range?); allowed: the table as the questionnaire was sent`,
    tableMoved: (table: string, sheet: string) =>
      `the answers table ${table} was moved; allowed: on sheet "${sheet}"`,
    headersChanged: (found: string, allowed: string) =>
      `the answers table's header row was changed (${found}); allowed: ${allowed}`,
    wordingChanged: (header: string, id: string, now: string) =>
      `the "${header}" text of item ${id} was changed (now ${now}); allowed: the text as sent (a changed question or anchor changes what a score means)`,
    noId: "row has answers but no item ID; allowed: the rows as the questionnaire was sent",
    unknownId: (id: string, count: number, version: string) =>
      `unknown item ID ${id}; allowed: the ${count} item IDs of question set ${version}`,
    twice: (id: string, first: string) =>
      `item ID "${id}" appears twice (first at ${first}); allowed: each item once`,
    missingItem: (id: string) =>
      `item ${id} is missing from the answers table; allowed: every item of the question set`,
    nothingToImport: (count: number, first: string) =>
      `no answer in this questionnaire can be imported (${count} score cells empty or rejected; first: ${first}); allowed: at least one score 1-5 or N/A`,
    /** The first rejected cell when there is none. */
    noFirst: "none",
  },
  /** Why one of their cells was not imported (the import goes on without it). */
  skipped: {
    notAnswered: "not answered",
    noteFormula: "notes cell held a formula: its text is kept as a note, it is not evaluated",
    noteUnsupported: (what: string) => `notes cell held ${what}; allowed: plain text`,
    scoreFormula: (allowed: string) => `holds a formula; a score must be a typed value, ${allowed}`,
    scoreUnsupported: (what: string, allowed: string) => `holds ${what}; ${allowed}`,
    scoreFormulaLike: (allowed: string) =>
      `text that starts like a formula is not a score (kept as a note); ${allowed}`,
    scoreText: (text: string) => `text ${text} is not a score`,
    /** Why a score was refused, then what is allowed. */
    score: (why: string, allowed: string) => `${why}; ${allowed}`,
    noteCut: (max: number) => `note was longer than ${max} characters and was cut`,
    /** Kept in their note when a score entry was refused. */
    rejectedInNote: (entry: string) => `(score entry not accepted: ${entry})`,
  },
  /** Their interests and objectives table. */
  interests: {
    changed: (table: string, sheet: string, headers: string) =>
      `the interests table ${table} was moved or its headers changed; allowed: on sheet "${sheet}" with the headers ${headers}`,
    tooMany: (table: string, rows: number, max: number) =>
      `the interests table ${table} has ${rows} rows; allowed: at most ${max}`,
    /** What an unsupported cell holds when the reader could not say. */
    notText: "a value that is not text",
    unsupported: (what: string) => `holds ${what}; allowed: plain text`,
    cut: (max: number) => `text longer than ${max} characters was cut`,
    kind: (kind: string, allowed: string) => `kind ${kind} left blank; allowed: ${allowed}`,
    /** One cell of a row not placed: "Kind: "Interest"". */
    cell: (header: string, text: string) => `${header}: ${text}`,
  },
  /** The import as lines for a person (CLI output); each line but the first is indented there. */
  report: {
    summary: (imported: number, id: string, na: number, rejected: number, blank: number) =>
      `Imported ${imported} answer(s) for assessment ${id}` +
      (na ? ` (${na} of them N/A)` : "") +
      `; ${rejected} rejected, ${blank} not answered.`,
    /** `value`: the cell's value as quoted, "" when it had none. */
    skipped: (id: string, column: string, where: string, value: string, reason: string) =>
      `skipped ${id} ${column} at ${where}` + (value ? ` (${value})` : "") + `: ${reason}`,
    /** The column a skipped cell is in. */
    column: { score: "score", notes: "notes" },
    /** `cells`: "ID (cell)" for each, joined with ", ". */
    notAnswered: (cells: string) => `not answered: ${cells}`,
    interests: (rows: number) => `their interests and objectives: ${rows} row(s) read`,
    interestSkipped: (cell: string, reason: string) => `skipped interests cell ${cell}: ${reason}`,
    /** Why their note was not written into our Notes cell, by NoteNotWritten's `why` (merge.ts). */
    noteNotWritten: { formula: "our Notes cell holds a formula" },
  },
  /** Our workbook cannot take their answers. */
  merge: {
    noItemTables:
      "this workbook has no item tables (CF_Items_*); allowed: an assessment workbook made by CollabFit",
    /** `headers`: the missing headers, quoted and joined with `orMore`. */
    noHeaders: (table: string, headers: string) =>
      `table ${table} has no ${headers} header (renamed or deleted?); allowed: the headers as the workbook was created`,
    twice: (id: string, first: string) =>
      `item ID "${id}" appears twice in this workbook (first at ${first}); allowed: each item once`,
    noRow: (id: string) =>
      `item ${id} has no row in this workbook's item tables; allowed: restore the row with ID ${id} before importing`,
  },
  /** Where the two views differ most, as workshop topics. */
  topics: {
    dimension: (label: string, us: string, them: string) =>
      `${label}: we score ${us}, they score ${them}`,
    item: (id: string, question: string, us: string, theirs: string) =>
      `${id} "${question}": we answered ${us}, ${theirs}`,
    theyAnswered: (them: string) => `they answered ${them}`,
    theyAnsweredMirror: (them: string, partner: string) =>
      `they answered ${them} to ${partner}, the same question from their side`,
  },
  /** A questionnaire that cannot be made. */
  prepare: {
    badId: (id: string) =>
      `assessment id "${id}" is not valid; allowed: CF- followed by four groups of four hex digits`,
    noSideCheck:
      "a questionnaire for our own side needs its side check (rounds/colleague sideCheck)",
    noName: (field: string) =>
      `the cover sheet's ${field} is empty; the questionnaire needs both organisation names`,
    us: "our organisation",
    them: "other party",
  },
  /** The questionnaire workbook: what the person answering reads. */
  questionnaire: {
    title: "Collaboration questionnaire",
    subject: (org: string) => `Questions for ${org}`,
    forColleague: (us: string) => `For a colleague at ${us}`,
    forThem: (them: string, us: string) => `For ${them}, from ${us}`,
    why: "Why",
    whyColleague: (us: string, other: string) =>
      `${us} is taking stock of how it works with ${other} and asks several of its people for their view. ` +
      "Putting the answers of colleagues next to each other shows where the team sees things " +
      "alike and where it should talk before meeting the other party.",
    whyThem: (us: string) =>
      `${us} is taking stock of how your two organisations work together and asks for your view. ` +
      "Each side answers the same questions from where it stands; putting both sets of answers " +
      "next to each other shows where you see things alike and where a conversation would help.",
    how: "How",
    howText: (sheet: string, them: string, other: string, scoreHeader: string, na: string) =>
      `Answer on the "${sheet}" sheet as ${them}. In the questions, "we" and "us" ` +
      `mean ${them} and "the other party" means ${other}. Pick a whole number from 1 to 5 in the ` +
      `"${scoreHeader}" column: the three columns to its left say what 1, 3 and 5 stand for, ` +
      `and 2 and 4 lie in between. Pick ${na} when a question does not apply or you cannot judge it.`,
    notes: "Notes",
    notesText: (notesHeader: string) =>
      `Add context or examples in "${notesHeader}" if you like. Notes are read as plain text.`,
    contents: "What is in this file",
    contentsColleague: (other: string) =>
      `Only the questions. None of the answers of your colleagues or of ${other}, and no comments or conclusions, are in it; ` +
      "only your scores and notes are read into the review when it comes back.",
    contentsEvidence: (us: string) =>
      `Only the questions and, beside them, the evidence ${us} chose to share. None of its answers, comments or conclusions are in it, and ` +
      "only your scores, notes, interests and objectives are read into the review when it comes back.",
    contentsThem: (us: string) =>
      `Only the questions. None of the answers, comments or conclusions of ${us} are in it, and ` +
      "only your scores, notes, interests and objectives are read into the review when it comes back.",
    sendingBack: "Sending it back",
    sendingBackText: (returnTo: string, dueDate: string) =>
      `Save it as .xlsx without renaming or adding sheets and return it to ${returnTo}` +
      (dueDate ? ` by ${dueDate}. ` : ". ") +
      "Everything except your answers and the details about you is locked, so the file can be matched to the right review.",
    use: "Use of your answers",
    useColleague: (other: string) =>
      "Your answers are put beside your colleagues' to find where the team disagrees, and then beside " +
      `${other}'s view. The review's cover says whether our own team's disagreements name who answered what.`,
    useThem: (us: string) =>
      `${us} puts your answers beside its own to find where the two views differ, and uses them to ` +
      "prepare a joint conversation about how to work together. They are not passed on to anyone else.",
    aboutFile: "About this file",
    requestedBy: "Requested by",
    answeringFor: "Answering for",
    yourSide: "Your side",
    answeredSoFar: "Answered so far",
    /** After the count of answered questions (and a space), inside a formula: "of 40". */
    ofCount: (n: number) => `of ${n}`,
    reference: "Reference",
    questionSet: "Question set",
    fileType: "File type",
    questionCheck: "Question check",
    goToQuestions: "Go to the questions",
    aboutYou: "About you",
    aboutYouHelp: "So we know who answered.",
    yourName: "Your name",
    yourRole: "Your role",
    yourOrg: "Your organisation",
    dateAnswered: "Date answered",
    answeredFor: "Answered for",
    sideCheck: "Side check",
    notDate: { title: "Not a date", message: "Allowed: a date, e.g. 2026-03-31." },
    answersHeading: "Your answers",
    answered: "Answered",
    answersHelp: (scoreHeader: string) =>
      `Pick 1 to 5 or N/A under "${scoreHeader}"; notes are optional.`,
    evidenceFrom: (us: string) => `Evidence from ${us}`,
    interestsHeading: "Your interests and objectives",
    interestsHelp:
      "What does your organisation want from this relationship? One per row; Kind is Interest or Objective, Priority as you like.",
    scorePrompt: {
      title: "Your score",
      message: "1 to 5 (see the three columns to the left) or N/A.",
    },
    scoreError: {
      title: "Not a score",
      message: "Please pick 1, 2, 3, 4, 5 or N/A from the list.",
    },
    kindError: { title: "Kind", message: "Allowed: Interest or Objective." },
    /** The defined name's comment that ties the file to our assessment. */
    idComment: "Ties this questionnaire to one assessment",
  },
} as const;
