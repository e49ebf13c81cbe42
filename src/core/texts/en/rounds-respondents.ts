/**
 * Rounds and respondents: why a round cannot be closed, a respondent cannot be recorded, imported or
 * removed, and the disagreement topics within a team. Names, item ids, dates and table names arrive
 * as parameters.
 */
export const rounds = {
  /** A refusal's first problem and how many more. */
  more: (problem: string, more: number) =>
    `${problem} (and ${more} more problem${more > 1 ? "s" : ""})`,
  /** Round dates. */
  dates: {
    nextRound: (date: string) => `${date} is not a date; allowed: YYYY-MM-DD, e.g. 2027-01-15`,
    notDate: (date: string) =>
      `round date "${date}" is not a date; allowed: YYYY-MM-DD, e.g. 2026-03-31`,
    historyDate: (round: number, date: string) =>
      `round ${round} has the date "${date}"; allowed: YYYY-MM-DD`,
    outOfOrder: (round: number, date: string, before: number, beforeDate: string) =>
      `round ${round} (${date}) is dated before round ${before} (${beforeDate}); allowed: rounds oldest first`,
    beforeLast: (date: string, last: string) =>
      `round date ${date} is before the last round (${last}); allowed: ${last} or later`,
  },
  /** Closing a round: the workbook's part that is wrong, then why. */
  close: {
    noCoverDate: (cover: string) =>
      `'${cover}' has no assessment date; allowed: the date of the round being closed, e.g. 2026-03-31`,
    inHistory: (table: string, why: string) => `table ${table}: ${why}`,
    inCoverDate: (why: string) => `the cover's assessment date (the round being closed): ${why}`,
  },
  respondents: {
    side: (name: string, side: string) => `respondent "${name}": side "${side}"; allowed: us, them`,
    noName: "a respondent has no name; allowed: a name such as Ana Silva",
    twice: (name: string, ours: boolean) =>
      `respondent "${name}" appears twice for ${ours ? "our" : "their"} side; allowed: each name once per side`,
    score: (name: string, id: string, value: string) =>
      `respondent "${name}", item ${id}: ${value} is not a score; allowed: 1 to 5 or N/A`,
    /** `side`: "" on either side, else whose side was searched; `allowed`: the names recorded. */
    notFound: (name: string, side: "" | "us" | "them", allowed: string) =>
      `no respondent named "${name}"${side ? ` on ${side === "us" ? "our" : "their"} side` : ""}; allowed: ${allowed}`,
    noneRecorded: "(none recorded)",
    noTable: (sheet: string) =>
      `no respondents are recorded in this workbook (no ${sheet} sheet); allowed: removing a respondent after importing several questionnaires`,
  },
  /** Importing several questionnaires as respondents. */
  import: {
    /** A refusal about one of several files: the file's name first. */
    inFile: (file: string, why: string) => `${file}: ${why}`,
    twice: (name: string, first: string, second: string) =>
      `respondent "${name}" comes from both ${first} and ${second}; allowed: each respondent once per import`,
    rowsMoved: (table: string, sheet: string, row: number, id: string) =>
      `the rows of table ${table} on '${sheet}' were moved or sorted (row ${row} holds ${id}); allowed: the item order as CollabFit wrote it`,
    /** A colleague's questionnaire (answered for our side). */
    missing: "missing",
    side: (file: string, name: string, found: string, ours: string) =>
      `${file}: its side (${name}) is ${found}; allowed: "${ours}", our side, as written by \`collabfit questionnaire --side us\``,
    sideCheck: (file: string, name: string) =>
      `${file}: it says it was answered for our side, but its side check (${name}) does not match this assessment; allowed: a questionnaire prepared for a colleague from this workbook (with the cover's title as it was then)`,
  },
  /** Where a team disagrees, one line each (names only when the side is not anonymous). */
  topics: {
    disagreement: (
      id: string,
      dimension: string,
      ours: boolean,
      n: number,
      min: number,
      max: number
    ) =>
      `${id} (${dimension}): ${ours ? "our team" : "their team"} disagrees, ${n} answers from ${min} to ${max}`,
    who: (topic: string, lowest: string, highest: string) =>
      `${topic} (lowest: ${lowest}; highest: ${highest})`,
  },
} as const;
