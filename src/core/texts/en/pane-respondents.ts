/** The Respondents view's texts (issue 13: respondents per side, rounds) (views/RespondentsView.tsx). */

export const paneRespondents = {
  heading: "Respondents and rounds",
  intro:
    "Several people per side can answer; each side's score per question is the mean of its respondents. A side without respondents uses the scores typed on the step sheets.",
  createFirst: "Create the assessment sheets first (New tab).",
  reading: "Reading respondents and rounds",
  importing: (count: number) => `Importing ${count} questionnaire(s)`,
  imported: (count: number, added: string, replaced: string) =>
    `Imported ${count} questionnaire(s)` +
    (added ? `; added ${added}` : "") +
    (replaced ? `; replaced the answers of ${replaced}` : "") +
    ".",
  removing: (name: string) => `Removing ${name}`,
  removed: (name: string) => `Removed ${name}.`,
  startingRound: "Starting a new round",
  roundStarted: (date: string) =>
    `Round closed into CF History; the new round dated ${date} starts with empty scores. Notes, weights, interests and the roadmap are kept.`,
  preparingColleague: "Preparing a colleague's questionnaire",
  sideHeadings: {
    us: (us: string) => `Our side (${us})`,
    them: (them: string) => `Their side (${them})`,
  },
  noRespondents: "No respondents recorded.",
  noRespondentsTyped: "No respondents recorded: the typed scores count as one.",
  respondentsTable: (side: string) => `Respondents, ${side}`,
  columns: { name: "Name", status: "Status", action: "Action" },
  nameWithRole: (name: string, role: string) => `${name}, ${role}`,
  status: {
    answered: "answered",
    notAnswered: "not answered",
    partial: (answered: number, of: number) => `partial: ${answered} of ${of}`,
  },
  remove: "Remove",
  removeLabel: (name: string) => `Remove ${name}`,
  disagreementHeading: "Disagreement inside a side",
  disagreementIntro: "Questions with a spread of 2 or more, as workshop topics.",
  anonymousSides: { us: "our side", them: "their side" },
  and: (first: string, second: string) => `${first} and ${second}`,
  anonymous: (sides: string) =>
    `Who answered what is not shown for ${sides} (the cover's anonymity setting).`,
  bothNamed: "Both sides are named (the cover's anonymity setting).",
  noTopics: "None.",
  addHeading: "Add respondents",
  addHelp:
    "Pick one or more returned questionnaires. Each lands on the side it was prepared for; every file is checked first, and if one is refused nothing changes.",
  fileInput: "Returned questionnaires (.xlsx, several at once)",
  import: "Import questionnaires",
  colleague: "Questionnaire for a colleague",
  addInExcel:
    "In Excel, add several respondents with the command line (collabfit import FILE.xlsx --answers A.xlsx --answers B.xlsx) and open the result; this view then lists them.",
  roundsHeading: "Rounds",
  roundDate: "Date of the new round",
  roundDateHint: "Not before the date of the round being closed",
  startRound: "Start a new round",
  confirmGroup: "Confirm the new round",
  confirm: (closing: number, opening: number, date: string) =>
    `Close round ${closing} into CF History and open round ${opening} dated ${date} with empty scores? Notes, weights, interests and the roadmap are kept.`,
  closeRound: "Close the round",
  cancel: "Cancel",
  roundInExcel:
    "In Excel, close a round with the command line (collabfit round FILE.xlsx --out NEXT.xlsx) and open NEXT.xlsx.",
  trendHeading: "Trend per dimension",
  noTrend: "No round closed yet: the trend starts with the second round.",
  ourSide: "Our side",
  theirSide: "Their side, in our frame",
  ourTrend: "Our side: scores per round",
  theirTrend: "Their side (in our frame): scores per round",
  dimension: "Dimension",
  round: (number: number, date: string) => `Round ${number} (${date})`,
  now: (date: string) => `Now (${date})`,
  open: "open",
  withChange: (value: string, change: string) => `${value} (${change})`,
  noChange: "no change",
  up: (by: string) => `up ${by}`,
  down: (by: string) => `down ${by}`,
} as const;
